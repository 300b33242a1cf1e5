#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A deliberately misbehaving HTTP/1.1 server on loopback, for what the sandbox cannot do on
// the wire: dying right after reading a request, dripping an answer byte by byte, or flooding
// the client with an endless body. Every behaviour is bounded, so a broken client cannot hang
// a test run forever.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour {
        Answer,            // a normal answer with the configured status and body
        ResetAfterRequest, // read the whole request, then reset the connection (SO_LINGER 0)
        Drip,              // the answer's headers, then one body byte per drip interval
        Flood,             // 200 with floodBytes of body, written as fast as the client reads
    };
    Q_ENUM(Behaviour)

    explicit HostileServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setAnswer(int status, const QByteArray &body);
    void setDripIntervalMs(int ms) { m_dripIntervalMs = ms; }
    // announceLength: send Content-Length, else the body ends when the connection closes.
    void setFlood(qint64 bytes, bool announceLength);

    // Complete requests (headers and the Content-Length body) read so far, raw.
    QList<QByteArray> requests() const { return m_requests; }
    // Body bytes the server managed to hand to the kernel (Drip and Flood).
    qint64 bodyBytesWritten() const { return m_bodyBytesWritten; }

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket);
    void dripNext(QTcpSocket *socket);
    void floodMore(QTcpSocket *socket);
    QByteArray head(qint64 contentLength) const;

    QTcpServer m_server;
    Behaviour m_behaviour = Behaviour::Answer;
    int m_status = 200;
    QByteArray m_body = "{}";
    int m_dripIntervalMs = 100;
    qint64 m_floodBytes = 0;
    bool m_floodAnnounced = true;
    QList<QByteArray> m_requests;
    qint64 m_bodyBytesWritten = 0;
};
