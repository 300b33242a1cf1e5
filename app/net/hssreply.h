#pragma once

#include "app/api/apirequest.h"
#include "app/net/callbudget.h"
#include "app/net/clientconfig.h"
#include "app/net/hsserror.h"
#include "app/net/requestsigner.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

// One API call, from the first attempt to the last retry. Like QNetworkReply, the caller
// owns it once `finished` was emitted and should deleteLater() it. An operation with a typed
// answer gets an ApiReply, whose response() is the only result it offers; this base serves
// operations whose success is the whole answer, downloads, and the CLI's raw calls.
class HssReply : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>;

    // Every attempt waits for a slot of budget first; the budget is shared by every call of
    // one profile.
    HssReply(const ApiRequest &request, const ClientConfig &config, QNetworkAccessManager *nam,
             Clock clock, Random random, std::shared_ptr<CallBudget> budget, QObject *parent);
    ~HssReply() override;

    QByteArray operation() const { return m_request.operation; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const HssError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    int attempts() const { return m_attempts; }
    QByteArray body() const { return m_body; }
    QJsonObject json() const { return m_json; }
    QString savedFilePath() const;
    // The most a download had received but not yet written at once: Qt reads about
    // ReadAheadBytes ahead (one socket read may pass it), so a file of any size is written
    // through a buffer of that size.
    qint64 peakUnwrittenBytes() const { return m_peakUnwritten; }
    static constexpr qint64 ReadAheadBytes = 1024 * 1024;
    // How much a download writes before it asks the system to start putting it on disk.
    static constexpr qint64 WriteBackBytes = 8 * 1024 * 1024;

    // Why a download must not be written to path (a symbolic link, or an existing file without
    // overwrite); empty when it may.
    static QString targetProblem(const QString &path, bool overwrite);

    // Starts on the next event-loop turn, so callers can connect first.
    void start();
    void failBeforeSending(const HssError &error);

public slots:
    void cancel();

signals:
    void finished();
    void downloadProgress(qint64 received, qint64 total);
    void retrying(int attempt, int delayMs, const QString &reason);
    // The next attempt waits this long for the profile's call budget before it is sent.
    void waitingForBudget(int delayMs);

protected:
    // A typed reply reads a 2xx JSON answer into its response here; an error fails the call.
    virtual HssError interpret(const QJsonObject &json);
    // Or straight from the answer's bytes, for answers worth it; nullopt leaves it to interpret().
    virtual std::optional<HssError> interpretBytes(const QByteArray &) { return std::nullopt; }
    // Whether the answer must carry fields, so an empty body is checked as {}.
    virtual bool promisesFields() const { return false; }
    static HssError badResponse(const FieldErrors &errors);

private:
    int deadlineMs() const;

    // Books the next slot of the budget; the returned wait is what waitThenAttempt needs.
    qint64 bookSlot();
    void waitThenAttempt(qint64 waitMs);
    void onBudgetSlot();
    void releaseSlot();
    void startAttempt();
    void onReadyRead();
    void onFinished();
    void onTransferTimeout();
    void onMetaDataChanged();
    void onDeadline();
    void onThrottled(const HssError &error, const QByteArray &retryAfter);
    HssError classify(QNetworkReply *reply);
    void finish(const HssError &error);
    void startWriteBack();
    void discardDownload();
    void logRequest(const QUrl &url, const RequestSigner::HeaderList &headers) const;

    ApiRequest m_request;
    ClientConfig m_config;
    QPointer<QNetworkAccessManager> m_nam;
    Clock m_clock;
    Random m_random;
    std::shared_ptr<CallBudget> m_budget;
    CallBudget::Slot m_slot;
    bool m_slotBooked = false;
    int m_deadlineLeftMs = 0;

    QPointer<QNetworkReply> m_reply;
    QTimer m_transferTimer;
    QTimer m_retryTimer;
    QTimer m_budgetTimer;
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_chunk;
    qint64 m_writeBackFrom = 0;
    QList<QSslError> m_sslErrors;
    QByteArray m_body;
    QJsonObject m_json;
    HssError m_error;
    QString m_requestId;
    QString m_fileError;
    qint64 m_peakUnwritten = 0;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_deadlineExceeded = false;
    bool m_bodyTooLarge = false;
    bool m_canceled = false;
    bool m_finished = false;
};
