#include "sandbox/recordedrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool isSecretHeader(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "x-auth-token"
        || lowerName == "x-security-token";
}

} // namespace

QString RecordedRequest::queryValue(const QString &key) const
{
    for (const auto &param : query) {
        if (param.first == key)
            return param.second;
    }
    return {};
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers) {
        if (h.first.toLower() == lower)
            return h.second;
    }
    return {};
}

QList<QPair<QByteArray, QByteArray>>
RecordedRequest::redactedHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &h : headers) {
        if (!isSecretHeader(h.first.toLower())) {
            out.append(h);
            continue;
        }
        // The Access= part of Authorization is not secret and shows which key signed.
        QByteArray value = QByteArrayLiteral("<redacted>");
        if (h.first.toLower() == "authorization") {
            const int access = h.second.indexOf("Access=");
            if (access >= 0) {
                const int end = h.second.indexOf(',', access);
                value = h.second.left(end < 0 ? h.second.size() : end) + ", <redacted>";
            }
        }
        out.append({h.first, value});
    }
    return out;
}

QJsonObject RecordedRequest::toJson() const
{
    QJsonObject queryObject;
    QJsonArray queryList;
    for (const auto &param : query) {
        queryObject.insert(param.first, param.second);
        queryList.append(QJsonArray{param.first, param.second});
    }
    QJsonObject headerObject;
    for (const auto &h : headers)
        headerObject.insert(QString::fromLatin1(h.first.toLower()), QString::fromUtf8(h.second));

    QJsonObject o{{QStringLiteral("received_at"), receivedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("method"), QString::fromLatin1(method)},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("raw_query"), QString::fromLatin1(rawQuery)},
                  {QStringLiteral("query"), queryObject},
                  {QStringLiteral("query_list"), queryList},
                  {QStringLiteral("headers"), headerObject},
                  {QStringLiteral("body"), QString::fromUtf8(body)},
                  {QStringLiteral("body_size"), bodySize},
                  {QStringLiteral("status"), status}};
    // Tests compare bodies structurally, which a string field would make awkward.
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (json.isObject())
        o.insert(QStringLiteral("body_json"), json.object());
    return o;
}
