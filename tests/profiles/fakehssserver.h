#pragma once

#include <QByteArray>
#include <QSslServer>

// A local HTTPS endpoint that answers every request with one fixed response, using the
// test-only certificate in tests/data/profiles. Enough for "Test connection" to see a real TLS
// handshake (trusted only through the profile's CA file), a success and an API error.
// Stands in until the sandbox's in-process SandboxServer is on main.
class FakeHssServer : public QSslServer
{
    Q_OBJECT

public:
    FakeHssServer(int status, const QByteArray &body, const QByteArray &requestId,
                  QObject *parent = nullptr);

    bool start();
    QString endpoint() const;
    int requestCount() const { return m_requests; }
    QByteArray lastRequestLine() const { return m_lastRequestLine; }

    static QString certificatePath();

private:
    void serve(QSslSocket *socket);

    int m_status;
    QByteArray m_body;
    QByteArray m_requestId;
    int m_requests = 0;
    QByteArray m_lastRequestLine;
};
