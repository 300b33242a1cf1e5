#include "tests/support/hostileserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#include <sys/socket.h>

namespace {

constexpr qint64 kFloodChunk = 64 * 1024;
// The flood keeps at most this much queued in Qt's write buffer, so the server's own memory
// stays flat and bodyBytesWritten follows what the client really takes.
constexpr qint64 kFloodQueue = 256 * 1024;

// Index just past the request (headers and Content-Length body), or -1 while incomplete.
qsizetype requestEnd(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qint64 length = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype end = headerEnd + 4 + length;
    return buffer.size() >= end ? end : -1;
}

} // namespace

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

bool HostileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void HostileServer::setAnswer(int status, const QByteArray &body)
{
    m_status = status;
    m_body = body;
}

void HostileServer::setFlood(qint64 bytes, bool announceLength)
{
    m_floodBytes = bytes;
    m_floodAnnounced = announceLength;
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void HostileServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype end = requestEnd(buffer);
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", buffer.mid(end));
    m_requests.append(buffer.left(end));
    emit requestReceived();
    respond(socket);
}

QByteArray HostileServer::head(qint64 contentLength) const
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(m_status) + " Status\r\n"
                   "Content-Type: application/json\r\n"
                   "X-Request-Id: hostile-" + QByteArray::number(m_requests.size()) + "\r\n";
    if (contentLength >= 0)
        h += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        h += "Connection: close\r\n";
    return h + "\r\n";
}

void HostileServer::respond(QTcpSocket *socket)
{
    switch (m_behaviour) {
    case Behaviour::Answer:
        socket->write(head(m_body.size()) + m_body);
        break;
    case Behaviour::ResetAfterRequest: {
        // Linger 0 makes close() send RST: the client sees a reset, not an orderly end.
        const linger reset{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        socket->abort();
        break;
    }
    case Behaviour::Drip: {
        socket->write(head(m_body.size()));
        auto *timer = new QTimer(socket);
        timer->setInterval(m_dripIntervalMs);
        connect(timer, &QTimer::timeout, socket, [this, socket] { dripNext(socket); });
        timer->start();
        break;
    }
    case Behaviour::Flood:
        socket->write(head(m_floodAnnounced ? m_floodBytes : -1));
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { floodMore(socket); });
        floodMore(socket);
        break;
    }
}

void HostileServer::dripNext(QTcpSocket *socket)
{
    const qint64 sent = socket->property("sent").toLongLong();
    if (sent >= m_body.size() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(m_body.mid(sent, 1));
    socket->setProperty("sent", sent + 1);
    ++m_bodyBytesWritten;
}

void HostileServer::floodMore(QTcpSocket *socket)
{
    static const QByteArray chunk(kFloodChunk, 'x');
    qint64 sent = socket->property("sent").toLongLong();
    while (sent < m_floodBytes && socket->bytesToWrite() < kFloodQueue
           && socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 n = std::min(kFloodChunk, m_floodBytes - sent);
        socket->write(chunk.constData(), n);
        sent += n;
    }
    m_bodyBytesWritten = std::max(m_bodyBytesWritten, sent - socket->bytesToWrite());
    socket->setProperty("sent", sent);
    if (sent >= m_floodBytes && !m_floodAnnounced && socket->bytesToWrite() == 0)
        socket->disconnectFromHost();
}
