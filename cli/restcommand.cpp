#include "cli/restcommand.h"

#include "app/base/safetext.h"
#include "cli/clicontext.h"

#include <QFile>

int RestCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sign and send any request. PATH may contain {project_id}, e.g. "
           "/v5/{project_id}/image/swr-repository?image_type=private_image&limit=10"));
    parser.addPositionalArgument(QStringLiteral("method"), tr("GET, POST, PUT, DELETE, ..."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("Path below the endpoint, with an optional query."));
    CliContext::addGlobalOptions(parser);
    parser.addOptions({
        {QStringLiteral("query"), tr("Query parameter K=V (repeatable)."), tr("k=v")},
        {QStringLiteral("header"), tr("Header K:V (repeatable)."), tr("k:v")},
        {QStringLiteral("data"), tr("Request body, or @FILE to read it from a file."), tr("body")},
    });
    if (const auto stop = context.parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(tr("usage: rest METHOD PATH [--query K=V]... [--header K:V]... [--data BODY]"));

    ApiRequest request;
    // toUtf8, not toLatin1: a character Latin-1 cannot hold must fail the check, not become '?'.
    request.method = positional.at(0).toUpper().toUtf8();
    request.projectScoped = false;
    request.idempotent = request.method == "GET" || request.method == "HEAD";
    QString path = positional.at(1);
    const int question = path.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        request.query = RequestSigner::parseQuery(path.mid(question + 1).toUtf8());
        path.truncate(question);
    }
    if (!path.startsWith(QLatin1Char('/')))
        return context.usage(tr("PATH must start with /"));
    for (const QString &pair : parser.values(QStringLiteral("query"))) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.usage(tr("--query %1 is not K=V").arg(pair));
        request.query.append({pair.left(eq), pair.mid(eq + 1)});
    }
    for (const QString &pair : parser.values(QStringLiteral("header"))) {
        const int colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return context.usage(tr("--header %1 is not K:V").arg(pair));
        request.extraHeaders.append({pair.left(colon).trimmed().toUtf8(), pair.mid(colon + 1).trimmed().toUtf8()});
    }
    if (const FieldErrors errors = HssClient::validateRawRequest(request); !errors.isEmpty())
        return context.fail(HssError::invalidInput(errors));
    if (parser.isSet(QStringLiteral("data"))) {
        const QString data = parser.value(QStringLiteral("data"));
        if (data.startsWith(QLatin1Char('@'))) {
            QFile file(data.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return context.usage(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            request.body = file.readAll();
        } else {
            request.body = data.toUtf8();
        }
    }
    if (const int failed = context.configure(parser))
        return failed;
    request.path = path.replace(QStringLiteral("{project_id}"), context.client().config().projectId);
    if (context.dryRun())
        return context.printDryRun(request);

    HssReply *reply = context.client().sendRaw(request);
    context.wait(reply);
    reply->deleteLater();
    if (!reply->isOk())
        return context.fail(reply->error());
    context.err() << tr("HTTP %1, request id %2").arg(reply->httpStatus()).arg(SafeText::forTerminal(reply->requestId()))
                  << Qt::endl;
    // Piped, the body goes out byte for byte (for jq and files); on a terminal, escape
    // sequences in it are shown instead of obeyed.
    const QByteArray body = context.outputIsTerminal()
        ? SafeText::forTerminal(reply->body(), SafeText::LineBreaks::Keep)
        : reply->body();
    context.out() << body;
    if (!body.endsWith('\n'))
        context.out() << Qt::endl;
    return ExitCode::Ok;
}
