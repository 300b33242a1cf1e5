#pragma once

#include "sandbox/requestsizeguard.h"

#include <QTcpSocket>

// A QTcpServer or QSslServer that attaches a RequestSizeGuard to every connection at the moment
// QAbstractHttpServer takes it, so the guard's readyRead handler runs before the server's.
template <class Server>
class GuardedTcpServer : public Server
{
public:
    GuardedTcpServer(QObject *httpServer, qint64 maxBodyBytes)
        : Server(httpServer)
        , m_httpServer(httpServer)
        , m_maxBodyBytes(maxBodyBytes)
    { }

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            RequestSizeGuard::attach(socket, m_httpServer, m_maxBodyBytes);
        return socket;
    }

private:
    QObject *m_httpServer;
    qint64 m_maxBodyBytes;
};
