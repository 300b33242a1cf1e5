#include "app/api/batchexportbaselinetaskrequest.h"
#include "app/api/batchscanswrimagerequest.h"
#include "app/api/imagefilter.h"
#include "sandbox/requestauthenticator.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

// A request as the sandbox checks it. Input: method, path and raw query on the first three
// lines, then "Name: value" header lines up to an empty line, then the body. The authenticator
// sees all of it; the body also goes through the list/scan/export request validation.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RequestAuthenticator authenticator{SandboxConfig()};
    static const QDateTime now = QDateTime::fromMSecsSinceEpoch(1767225600000LL, Qt::UTC);

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 2);
    const QList<QByteArray> lines = head.split('\n');

    RequestAuthenticator::Incoming incoming;
    incoming.method = lines.value(0);
    incoming.decodedPath = QString::fromUtf8(lines.value(1));
    incoming.rawQuery = lines.value(2);
    for (qsizetype i = 3; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            incoming.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed()});
    }
    incoming.body = body;
    const QStringList segments = incoming.decodedPath.split(QLatin1Char('/'));
    incoming.pathProjectId = segments.value(2);
    (void)authenticator.verify(incoming, now);

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        (void)BatchScanSwrImageRequest::fromJson(doc.object()).validate();
        (void)BatchExportBaselineTaskRequest::fromJson(doc.object()).validate();
        (void)ImageFilter::fromJson(doc.object()).validate(ImageFilter::Use::Export);
    }
    return 0;
}
