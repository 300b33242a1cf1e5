#pragma once

#include "app/net/clientconfig.h"
#include "app/net/hssclient.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

// Exit codes scripts can rely on.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1;   // local problem: a file could not be written, a task failed
constexpr int Usage = 2;     // bad arguments or values the API would refuse
constexpr int Api = 3;       // the service answered with an error
constexpr int Network = 4;   // no usable answer: network, timeout, TLS
constexpr int Profile = 5;   // profile or keychain problem
constexpr int OutcomeUnknown = 6; // a scan, export or sync may have been sent: check before retrying
} // namespace ExitCode

// What every command shares: global options, the configured client, output streams, and a
// way to wait for a reply without an event-loop dance in each command.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err);

    static void addGlobalOptions(QCommandLineParser &parser);
    // Parses a command's arguments; an exit code means stop (a parse error, or --help shown).
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    // Reads --profile (from the keychain), then global options and the SDKs' environment
    // variables, into the client config. Returns an exit code after printing why, 0 when ready.
    int configure(const QCommandLineParser &parser);

    HssClient &client() { return m_client; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool dryRun() const { return m_dryRun; }
    // The saved profile configure() used; empty when the options and environment said it all.
    QString profileName() const { return m_profileName; }
    bool interactive() const { return m_interactive; }
    bool outputIsTerminal() const;

    void wait(HssReply *reply);
    // Prints the error with code, message and request id; returns the matching exit code.
    int fail(const HssError &error);
    int usage(const QString &message);
    // --dry-run: the signed request with secrets redacted; nothing is sent.
    int printDryRun(const ApiRequest &request);

private:
    // Waits for the call budget shorter than this are not reported.
    static constexpr int kReportedBudgetWaitMs = 1000;
    void reportBudgetWait(const QByteArray &operation, int delayMs);

    QTextStream &m_out;
    QTextStream &m_err;
    HssClient m_client;
    QString m_profileName;
    bool m_dryRun = false;
    bool m_interactive = false;
};
