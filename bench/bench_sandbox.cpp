// How many image-list pages the sandbox serves per second to 1, 4 and 16 clients at once,
// against the same clients on a minimal server that answers every request with one fixed,
// pre-built page: the cost of the socket path alone, measured in the same run. Each set-up is
// also compared with the old one (one thread, no kept pages, pages serialised by QJsonDocument)
// with as many clients. Each figure is the best of three passes. Prints a table; not a test.
// Usage: bench_sandbox [images in the sandbox, default 182000]
#include "app/net/credentials.h"
#include "app/net/requestsigner.h"
#include "sandbox/sandboxhost.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int kPageSize = 200;
// Every figure is the best of this many passes, each with a new sandbox: on a shared machine
// the other load only ever slows a pass down.
constexpr int kAttempts = 3;
const int kClientCounts[] = {1, 4, 16};

// Every list request of one pass, signed once: a signature stays valid for 15 minutes.
QList<QByteArray> listRequests(const QUrl &endpoint, const QString &projectId, qint64 total)
{
    Credentials credentials;
    credentials.accessKey = QLatin1String(SandboxCredentials::AccessKey);
    credentials.secretKey = QLatin1String(SandboxCredentials::SecretKey);
    QList<QByteArray> requests;
    for (qint64 offset = 0; offset < qMax<qint64>(total, 1); offset += kPageSize) {
        QUrl url = endpoint;
        url.setPath(QStringLiteral("/v5/%1/image/swr-repository").arg(projectId));
        url.setQuery(QStringLiteral("image_type=private_image&limit=%1&offset=%2")
                         .arg(kPageSize)
                         .arg(offset));
        const RequestSigner::Signed s = RequestSigner::sign(
            "GET", url, {{"Content-Type", "application/json"}, {"X-Project-Id", projectId.toUtf8()}},
            {}, credentials, QDateTime::currentDateTimeUtc());
        QByteArray raw = "GET " + s.wireUrl.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
            + " HTTP/1.1\r\n";
        for (const auto &[name, value] : s.headers)
            raw += name + ": " + value + "\r\n";
        raw += "\r\n";
        requests.append(raw);
    }
    return requests;
}

// One keep-alive HTTP/1.1 connection on a raw socket: a request, its whole answer read by
// Content-Length, the next request. Far cheaper than the server it measures.
class RawClient
{
public:
    RawClient(quint16 port, const std::function<const QByteArray *()> &next,
              const std::function<void(bool ok, const QByteArray &body)> &done)
        : m_next(next)
        , m_done(done)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] { m_done(false, {}); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void sendNext()
    {
        if (const QByteArray *request = m_next())
            m_socket.write(*request);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            if (m_bodyStart < 0) {
                // Only the head is searched, and only once per answer.
                const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                m_length = 0;
                for (const QByteArray &line : m_buffer.left(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        m_length = line.mid(15).trimmed().toLongLong();
                }
                m_bodyStart = headEnd + 4;
            }
            if (m_buffer.size() < m_bodyStart + m_length)
                return;
            const bool ok = m_buffer.startsWith("HTTP/1.1 200");
            m_done(ok, QByteArray::fromRawData(m_buffer.constData() + m_bodyStart, m_length));
            m_buffer.remove(0, m_bodyStart + m_length);
            m_bodyStart = -1;
            sendNext();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    qsizetype m_bodyStart = -1;
    qint64 m_length = 0;
    std::function<const QByteArray *()> m_next;
    std::function<void(bool, const QByteArray &)> m_done;
};

struct Pass
{
    double pagesPerSecond = 0;
    qint64 images = 0;
    double imagesPerSecond = 0;
    bool ok = false;
};

// Every request once, spread over `clients` connections; counts the images answered.
Pass runPass(quint16 port, const QList<QByteArray> &requests, int clients)
{
    QEventLoop loop;
    qsizetype next = 0;
    qsizetype answered = 0;
    Pass pass;
    pass.ok = true;
    const auto nextRequest = [&]() -> const QByteArray * {
        return next < requests.size() ? &requests.at(next++) : nullptr;
    };
    const auto done = [&](bool ok, const QByteArray &body) {
        pass.ok = pass.ok && ok;
        // Counted without parsing: the client must cost little next to the server.
        pass.images += body.count("\"image_id\"");
        if (!ok || ++answered == requests.size())
            loop.quit();
    };
    std::vector<std::unique_ptr<RawClient>> connections;
    for (int c = 0; c < clients; ++c)
        connections.push_back(std::make_unique<RawClient>(port, nextRequest, done));
    QElapsedTimer timer;
    timer.start();
    for (auto &connection : connections)
        connection->sendNext();
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    pass.pagesPerSecond = double(answered) / seconds;
    pass.imagesPerSecond = double(pass.images) / seconds;
    return pass;
}

// Answers every request with the same prepared bytes, in a thread of its own like the sandbox.
class FixedPageServer : public QThread
{
public:
    explicit FixedPageServer(const QByteArray &body)
        : m_answer("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=UTF-8\r\n"
                   "Content-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n" + body)
    { }
    quint16 startListening()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    qsizetype end = 0;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        buffer->remove(0, end + 4);
                        socket->write(m_answer);
                    }
                });
            }
        });
        m_ready.release();
        exec();
    }

private:
    QByteArray m_answer;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

struct Row
{
    QByteArray mode;
    int clients;
    Pass pass;
    double referencePagesPerSecond;
    double oldImagesPerSecond;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int imageCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 182000;

    QList<Row> rows;
    QByteArray firstPage;
    QList<QByteArray> requests;
    qint64 total = 0;
    QHash<int, double> reference;
    QHash<int, double> oldSetUp; // images per second, by clients

    struct Mode
    {
        const char *name;
        int listWorkers;
        qint64 pageCacheBytes;
        bool documentListPages;
        bool warm;
    };
    // Every mode starts a new sandbox, so "first pass" builds every page and every match once.
    const char *const oldMode = "one thread, no page cache";
    const char *const firstPassMode = "workers, first pass";
    const Mode modes[] = {
        {oldMode, 0, 0, true, false},
        {"one thread, direct pages", 0, 0, false, false},
        {firstPassMode, -1, SandboxConfig().pageCacheBytes, false, false},
        {"workers, pages kept", -1, SandboxConfig().pageCacheBytes, false, true},
    };
    for (const Mode &mode : modes) {
        for (int clients : kClientCounts) {
            Pass best;
            for (int attempt = 0; attempt < kAttempts; ++attempt) {
                SandboxConfig config;
                config.imageCount = imageCount;
                config.listWorkers = mode.listWorkers;
                config.pageCacheBytes = mode.pageCacheBytes;
                config.documentListPages = mode.documentListPages;
                SandboxHost host(config);
                QString error;
                if (!host.start(&error)) {
                    std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
                    return 1;
                }
                const quint16 port = quint16(host.endpoint().port());
                if (requests.isEmpty()) {
                    // The list's size and first page, with one request.
                    const QList<QByteArray> probe =
                        listRequests(host.endpoint(), host.server()->projectId(), 1);
                    RawClient client(
                        port, [&, sent = false]() mutable -> const QByteArray * {
                            return std::exchange(sent, true) ? nullptr : &probe.first();
                        },
                        [&](bool, const QByteArray &body) {
                            firstPage = QByteArray(body.constData(), body.size());
                            QCoreApplication::exit();
                        });
                    client.sendNext();
                    app.exec();
                    total = QJsonDocument::fromJson(firstPage)
                                .object()
                                .value(QStringLiteral("total_num"))
                                .toInteger();
                    requests = listRequests(host.endpoint(), host.server()->projectId(), total);
                    FixedPageServer fixed(firstPage);
                    const quint16 fixedPort = fixed.startListening();
                    for (int n : kClientCounts) {
                        for (int a = 0; a < kAttempts; ++a)
                            reference[n] = qMax(reference.value(n),
                                                runPass(fixedPort, requests, n).pagesPerSecond);
                    }
                    fixed.quit();
                    fixed.wait();
                }
                if (mode.warm)
                    runPass(port, requests, clients);
                const Pass pass = runPass(port, requests, clients);
                if (!pass.ok || pass.images != total) {
                    std::fprintf(stderr, "%s, %d clients: %lld of %lld images answered\n",
                                 mode.name, clients, static_cast<long long>(pass.images),
                                 static_cast<long long>(total));
                    return 1;
                }
                if (pass.imagesPerSecond > best.imagesPerSecond)
                    best = pass;
            }
            if (qstrcmp(mode.name, oldMode) == 0)
                oldSetUp.insert(clients, best.imagesPerSecond);
            rows.append({mode.name, clients, best, reference.value(clients),
                         oldSetUp.value(clients)});
        }
    }

    std::printf("images: %d in the sandbox, %lld private_image listed per pass, %d pages of %d\n",
                imageCount, static_cast<long long>(total), int(requests.size()), kPageSize);
    std::printf("reference: a minimal server answering one fixed page (%lld bytes), same "
                "clients\n",
                static_cast<long long>(firstPage.size()));
    std::printf("old set-up: \"%s\" (pages serialised by QJsonDocument), same clients\n\n",
                oldMode);
    std::printf("| %-26s | %7s | %9s | %10s | %12s | %14s | %13s |\n", "sandbox", "clients",
                "pages/s", "images/s", "reference/s", "of reference", "of old set-up");
    std::printf("|----------------------------|---------|-----------|------------|--------------|"
                "----------------|---------------|\n");
    for (const Row &r : rows)
        std::printf("| %-26s | %7d | %9.0f | %10.0f | %12.0f | %13.2f%% | %12.2fx |\n",
                    r.mode.constData(), r.clients, r.pass.pagesPerSecond, r.pass.imagesPerSecond,
                    r.referencePagesPerSecond,
                    100.0 * r.pass.pagesPerSecond / r.referencePagesPerSecond,
                    r.pass.imagesPerSecond / r.oldImagesPerSecond);
    QStringList firstPass;
    for (const Row &r : rows) {
        if (r.mode == firstPassMode)
            firstPass.append(QStringLiteral("%1 %2: %3x")
                                 .arg(r.clients)
                                 .arg(r.clients == 1 ? QLatin1String("client") : QLatin1String("clients"))
                                 .arg(r.pass.imagesPerSecond / r.oldImagesPerSecond, 0, 'f', 2));
    }
    std::printf("\nfirst pass against the old set-up: %s (goal: >= 4x with 4 and 16)\n",
                qPrintable(firstPass.join(QStringLiteral(", "))));
    return 0;
}
