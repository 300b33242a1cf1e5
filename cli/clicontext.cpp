#include "cli/clicontext.h"

#include "app/api/apienums.h"
#include "app/base/safetext.h"
#include "app/net/redaction.h"
#include "app/profiles/regioncatalog.h"
#include "cli/profilecommand.h"

#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QSslCertificate>

#include <unistd.h>

#include <algorithm>

namespace {

QString envValue(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_interactive(isatty(STDERR_FILENO) == 1)
{
}

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("profile"), tr("Saved profile to use (env HSS_PROFILE); see 'profile list'."),
         tr("name")},
        {QStringLiteral("endpoint"),
         tr("Custom endpoint, e.g. http://127.0.0.1:8080 for the sandbox (default: from --region)."),
         tr("url")},
        {QStringLiteral("region"), tr("Region id, e.g. cn-north-4 (env HSS_REGION)."), tr("region")},
        {QStringLiteral("project-id"), tr("Project id (env CLOUD_SDK_PROJECT_ID)."), tr("id")},
        {QStringLiteral("enterprise-project-id"),
         tr("Enterprise project id, or all_granted_eps for all of them."), tr("id")},
        {QStringLiteral("ca-file"), tr("Extra CA certificate (PEM) to trust for this call."), tr("file")},
        {QStringLiteral("timeout"),
         tr("Seconds a request may take in all, and may go without data (default 60; downloads: idle only)."),
         tr("seconds")},
        {QStringLiteral("dry-run"), tr("Print the signed request (secrets redacted) and send nothing.")},
    });
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return ExitCode::Ok;
    }
    return std::nullopt;
}

int CliContext::configure(const QCommandLineParser &parser)
{
    ClientConfig config;
    const bool fromProfile = parser.isSet(QStringLiteral("profile")) || !envValue("HSS_PROFILE").isEmpty();
    if (fromProfile) {
        const QString name = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                     : envValue("HSS_PROFILE");
        QString error;
        if (!ProfileCommand::loadConfig(name, &config, &error)) {
            m_err << tr("error: %1").arg(error) << Qt::endl;
            return ExitCode::Profile;
        }
    }

    // Options given on the command line win over the profile, for one-off changes.
    if (parser.isSet(QStringLiteral("region")) || (!fromProfile && !envValue("HSS_REGION").isEmpty()))
        config.regionId = parser.isSet(QStringLiteral("region")) ? parser.value(QStringLiteral("region"))
                                                                 : envValue("HSS_REGION");
    if (parser.isSet(QStringLiteral("project-id")))
        config.projectId = parser.value(QStringLiteral("project-id"));
    else if (!fromProfile)
        config.projectId = envValue("CLOUD_SDK_PROJECT_ID");
    if (parser.isSet(QStringLiteral("enterprise-project-id")))
        config.enterpriseProjectId = parser.value(QStringLiteral("enterprise-project-id"));

    const QString endpoint = parser.isSet(QStringLiteral("endpoint"))
        ? parser.value(QStringLiteral("endpoint"))
        : (fromProfile ? QString() : envValue("HSS_ENDPOINT"));
    if (!endpoint.isEmpty()) {
        config.endpoint = QUrl(endpoint, QUrl::StrictMode);
    } else if (parser.isSet(QStringLiteral("region")) || (!fromProfile && !config.regionId.isEmpty())) {
        config.endpoint = RegionCatalog::endpointFor(config.regionId);
        if (config.endpoint.isEmpty())
            return usage(tr("unknown region %1; known regions: %2")
                             .arg(config.regionId, RegionCatalog::regionIds().join(QStringLiteral(", "))));
    } else if (!fromProfile) {
        return usage(tr("say where to send the request: --profile NAME, --region REGION or --endpoint URL"));
    }

    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usage(tr("--timeout must be a number of seconds between 1 and 3600"));
        config.transferTimeoutMs = seconds * 1000;
        // A server dripping a byte now and then must not stretch the promise made here.
        config.requestDeadlineMs = seconds * 1000;
    }

    if (parser.isSet(QStringLiteral("ca-file"))) {
        const QString path = parser.value(QStringLiteral("ca-file"));
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty())
            return usage(tr("no PEM certificate could be read from %1").arg(path));
        config.extraCaCertificates += certificates;
    }

    if (!fromProfile) {
        Credentials &c = config.credentials;
        const QString token = envValue("HSS_AUTH_TOKEN");
        if (!envValue("CLOUD_SDK_AK").isEmpty() || token.isEmpty()) {
            c.accessKey = envValue("CLOUD_SDK_AK");
            c.secretKey = envValue("CLOUD_SDK_SK");
            c.securityToken = envValue("CLOUD_SDK_SECURITY_TOKEN");
            c.mode = c.securityToken.isEmpty() ? Credentials::Mode::AkSk : Credentials::Mode::TemporaryAkSk;
        } else {
            c.mode = Credentials::Mode::IamToken;
            c.authToken = token;
        }
    }

    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_client.setConfig(config);
    const FieldErrors errors = m_client.validateConfig();
    const bool onlyCredentialsMissing = errors.size() == 1 && errors.first().field == QLatin1String("credentials");
    if (!errors.isEmpty() && !(m_dryRun && onlyCredentialsMissing)) {
        QStringList parts;
        for (const FieldError &e : errors)
            parts.append(QStringLiteral("%1 %2").arg(e.field, e.message));
        const bool credentialsMissing = std::any_of(errors.begin(), errors.end(), [](const FieldError &e) {
            return e.field == QLatin1String("credentials");
        });
        if (!credentialsMissing)
            return usage(parts.join(QStringLiteral("; ")));
        return usage(parts.join(QStringLiteral("; "))
                     + tr(" (credentials come from --profile, or from CLOUD_SDK_AK and CLOUD_SDK_SK, plus "
                          "CLOUD_SDK_SECURITY_TOKEN for temporary keys, or HSS_AUTH_TOKEN)"));
    }
    return ExitCode::Ok;
}

bool CliContext::outputIsTerminal() const
{
    return isatty(STDOUT_FILENO) == 1;
}

void CliContext::wait(HssReply *reply)
{
    if (reply->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(reply, &HssReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int CliContext::fail(const HssError &error)
{
    // Code, message and request id come from the server.
    m_err << tr("error: %1").arg(SafeText::forTerminal(error.toString())) << Qt::endl;
    switch (error.kind) {
    case HssError::Kind::None:
        return ExitCode::Ok;
    case HssError::Kind::InvalidInput:
        return ExitCode::Usage;
    case HssError::Kind::Api:
        return ExitCode::Api;
    case HssError::Kind::Network:
    case HssError::Kind::Timeout:
    case HssError::Kind::Tls:
    case HssError::Kind::InvalidResponse:
        return ExitCode::Network;
    case HssError::Kind::LocalFile:
    case HssError::Kind::Canceled:
        return ExitCode::Failure;
    case HssError::Kind::OutcomeUnknown:
        return ExitCode::OutcomeUnknown;
    }
    return ExitCode::Failure;
}

int CliContext::usage(const QString &message)
{
    // Usage errors quote what was typed or read from a file; a control character there is
    // shown, not obeyed.
    m_err << tr("error: %1").arg(SafeText::forTerminal(message)) << Qt::endl;
    return ExitCode::Usage;
}

int CliContext::printDryRun(const ApiRequest &request)
{
    const RequestSigner::Signed prepared = m_client.prepare(request);
    m_out << request.method << ' ' << prepared.wireUrl.toString(QUrl::FullyEncoded) << Qt::endl;
    for (const auto &header : prepared.headers)
        m_out << header.first << ": " << Redaction::headerValue(header.first, header.second) << Qt::endl;
    if (!request.body.isEmpty())
        m_out << Qt::endl << request.body << Qt::endl;
    return ExitCode::Ok;
}
