#pragma once

#include "app/net/clientconfig.h"
#include "app/net/hssreply.h"
#include "sandbox/recordedrequest.h"
#include "sandbox/sandboxconfig.h"

#include <QSignalSpy>
#include <QString>
#include <QUrl>

#include <memory>

class HssClient;
class SandboxHost;
class SandboxServer;

// The sandbox on a loopback port of its own with a client that talks to it over real HTTP,
// signed with the demo credentials: where the tests of the client, the exports, the image
// list and the CLI start from. Retries and the transfer timeout are short, so a failing test
// fails within its time limit; they stay real.
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();
    SandboxFixture(const SandboxFixture &) = delete;
    SandboxFixture &operator=(const SandboxFixture &) = delete;

    // Starts a sandbox with `config` in this thread and a client on it; a running one is
    // replaced. The test's own event loop serves the requests. Why it failed goes to
    // `errorMessage` or, without one, to the test log.
    bool start(const SandboxConfig &config, QString *errorMessage = nullptr);
    // The same with the sandbox in a thread of its own, for code that blocks on a reply or
    // measures how long the caller's thread is busy.
    bool startInThread(const SandboxConfig &config, QString *errorMessage = nullptr);
    // The client first: it must not outlive the server it has connections to.
    void stop();
    // A fresh client (no connections, no replies in flight) on the same sandbox.
    void resetClient();
    // Lets the client make only `attempts` attempts per call, for tests that count the
    // requests of a caller or watch a caller's own backoff.
    void setMaxAttempts(int attempts);

    // A sandbox duration no test waits out: a scan or export that stays where it is.
    static constexpr int ForeverMs = 10 * 60 * 1000;

    // In a thread of its own, only the server's thread-safe methods may be called.
    SandboxServer *server() const;
    QUrl endpoint() const;
    HssClient *client() const { return m_client.get(); }
    // What client() was configured with: endpoint, project, region, demo credentials.
    ClientConfig clientConfig() const;

    // The most requests whose path ends with pathSuffix that the sandbox received within any
    // window of windowMs (as the gateway counts: (t - windowMs, t]).
    static int mostRequestsWithin(const QList<RecordedRequest> &requests, const QString &pathSuffix,
                                  qint64 windowMs);

    // Waits for `reply` to finish (it may have already) and hands it back.
    template<class Reply>
    static Reply *finish(Reply *reply, int timeoutMs = 15000)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &HssReply::finished);
            if (!finished.wait(timeoutMs))
                qWarning("reply did not finish in time");
        }
        return reply;
    }
    // The caller owns what HssClient::send() returned.
    template<class Reply>
    static std::unique_ptr<Reply> owned(Reply *reply)
    {
        return std::unique_ptr<Reply>(reply);
    }

private:
    bool startClient(bool started, const QString &error, QString *errorMessage);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<HssClient> m_client;
};
