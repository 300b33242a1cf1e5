#include "fakehssserver.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

FakeHssServer::FakeHssServer(int status, const QByteArray &body, const QByteArray &requestId,
                             QObject *parent)
    : QSslServer(parent)
    , m_status(status)
    , m_body(body)
    , m_requestId(requestId)
{
}

QString FakeHssServer::certificatePath()
{
    return QStringLiteral(HSS_TEST_DATA_DIR "/profiles/localhost-test-only.pem");
}

bool FakeHssServer::start()
{
    QFile keyFile(QStringLiteral(HSS_TEST_DATA_DIR "/profiles/localhost-test-only.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(certificatePath()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for a client cert
    setSslConfiguration(tls);
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (hasPendingConnections())
            serve(qobject_cast<QSslSocket *>(nextPendingConnection()));
    });
    return listen(QHostAddress::LocalHost, 0);
}

QString FakeHssServer::endpoint() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(serverPort());
}

void FakeHssServer::serve(QSslSocket *socket)
{
    if (!socket)
        return;
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QIODevice::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        if (!buffer->contains("\r\n\r\n"))
            return;
        ++m_requests;
        m_lastRequestLine = buffer->left(buffer->indexOf("\r\n"));
        buffer->clear();
        const QByteArray reason = m_status == 200 ? "OK" : "Error";
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason + "\r\n"
                      "Content-Type: application/json\r\n"
                      "X-Request-Id: " + m_requestId + "\r\n"
                      "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n"
                      "Connection: close\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    });
}
