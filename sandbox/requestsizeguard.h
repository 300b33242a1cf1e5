#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

// Reads the head of every request on a connection before the HTTP server sees any of it, and
// refuses a request whose Content-Length is over the cap (413), one without a length (411) or
// with an oversized head (431) before its body is buffered: QAbstractHttpServer in Qt 6.4 keeps a
// whole body in memory before handing the request over and has no limit of its own.
//
// It must see each byte before the server does, so it is attached before the server connects to
// the socket's readyRead (see GuardedTcpServer). After a refusal the server is cut off from the
// socket, what the client still sends is discarded, and the connection is closed.
class RequestSizeGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    static void attach(QTcpSocket *socket, QObject *server, qint64 maxBodyBytes);

private:
    RequestSizeGuard(QTcpSocket *socket, QObject *server, qint64 maxBodyBytes);

    void inspect();
    void inspectHead();
    void refuse(int status, const QByteArray &reason);
    void discard();

    QTcpSocket *m_socket;
    QPointer<QObject> m_server;
    qint64 m_maxBodyBytes;
    QByteArray m_head;     // the unfinished head of the request being received
    qint64 m_bodyLeft = 0; // bytes of the current body still to pass through
    bool m_refused = false;
};
