#include "sandbox/requestsizeguard.h"

#include "sandbox/sandboxlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace {

// How long a refused client may go on sending (discarded) before the connection is closed:
// closing at once while its body is in flight would reset the connection before it read the
// answer.
constexpr int kLingerMs = 2000;

} // namespace

void RequestSizeGuard::attach(QTcpSocket *socket, QObject *server, qint64 maxBodyBytes)
{
    new RequestSizeGuard(socket, server, maxBodyBytes);
}

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, QObject *server, qint64 maxBodyBytes)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_maxBodyBytes(maxBodyBytes)
{
    connect(socket, &QIODevice::readyRead, this, &RequestSizeGuard::inspect);
}

void RequestSizeGuard::inspect()
{
    if (m_refused) {
        discard();
        return;
    }
    // The server reads everything available after this handler, so each byte is peeked once.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < fresh.size() && !m_refused) {
        if (m_bodyLeft > 0) {
            const qsizetype skip = qsizetype(qMin<qint64>(m_bodyLeft, fresh.size() - pos));
            pos += skip;
            m_bodyLeft -= skip;
            continue;
        }
        const qsizetype before = m_head.size();
        m_head += fresh.mid(pos);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > MaxHeadBytes)
                refuse(431, QByteArrayLiteral("Request Header Fields Too Large"));
            return;
        }
        pos += end + 4 - before;
        m_head.truncate(end);
        inspectHead();
        m_head.clear();
    }
}

void RequestSizeGuard::inspectHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    bool hasLength = false;
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            // A chunked body announces no size up front, so it cannot be judged before it is
            // buffered; no client of the HSS API sends one.
            refuse(411, QByteArrayLiteral("Length Required"));
            return;
        }
        if (name == "content-length") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || parsed < 0 || (hasLength && parsed != length)) {
                refuse(400, QByteArrayLiteral("Bad Request"));
                return;
            }
            hasLength = true;
            length = parsed;
        }
    }
    if (length > m_maxBodyBytes) {
        qCWarning(lcSandbox) << "refused a request body of" << length << "bytes, the cap is"
                             << m_maxBodyBytes;
        refuse(413, QByteArrayLiteral("Payload Too Large"));
        return;
    }
    m_bodyLeft = length;
}

void RequestSizeGuard::refuse(int status, const QByteArray &reason)
{
    m_refused = true;
    // The server never sees this connection again; its partial read is dropped with it.
    if (m_server)
        disconnect(m_socket, &QIODevice::readyRead, m_server, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();

    const QByteArray body =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("error_code"), QStringLiteral("SANDBOX.%1").arg(status)},
                          {QStringLiteral("error_msg"),
                           QStringLiteral("%1: the sandbox accepts request bodies of at most %2 "
                                          "bytes with a Content-Length header")
                               .arg(QString::fromLatin1(reason))
                               .arg(m_maxBodyBytes)}})
            .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    discard();
    QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

void RequestSizeGuard::discard()
{
    m_socket->skip(m_socket->bytesAvailable());
}
