#pragma once

#include "app/api/fielderror.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// Everything that can go wrong with a call, in one value a person can read: the API's own
// error_code/error_msg with the request id, or what the network, TLS or the clock did.
struct HssError
{
    Q_DECLARE_TR_FUNCTIONS(HssError)

public:
    enum class Kind {
        None,
        InvalidInput,    // refused before sending; see fieldErrors
        Api,             // the service answered with an error
        Network,         // no answer: refused, reset, DNS, proxy
        Timeout,         // no data moved within the transfer timeout
        Tls,             // certificate or handshake failure; never ignored
        InvalidResponse, // 2xx with a body that is not what the API promises
        LocalFile,       // the download could not be written
        Canceled,
        OutcomeUnknown,  // a billed call may have reached the server; it is never resent
        Throttled,       // a billed call the gateway refused as over its rate; see retryAfterMs
    };

    // Server text shown to a person is cut to this many characters.
    static constexpr int kMaxDisplayLength = 1000;

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString detail;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    FieldErrors fieldErrors;
    int retryAfterMs = 0; // Throttled: when the service said it may be tried again

    bool isError() const { return kind != Kind::None; }
    bool isThrottling() const;
    // One line for a status bar or stderr: code, message and request id when there are any.
    QString toString() const;

    // Reads every body shape the SDKs accept: error_code/error_msg, code/message, nested
    // objects, encoded_authorization_message, and plain text.
    static HssError fromHttp(int httpStatus, const QByteArray &body, const QString &requestIdHeader);
    static HssError fromNetwork(QNetworkReply::NetworkError error, const QString &qtMessage);
    static HssError invalidInput(const FieldErrors &errors);
    static HssError canceled();
    // A billed call whose connection failed after it could have arrived.
    static HssError outcomeUnknown(const HssError &cause);
    // A billed call refused by the gateway's throttling: it was not carried out, and is not
    // resent by itself.
    static HssError throttled(const HssError &cause, int retryAfterMs);
    // At most kMaxDisplayLength characters, ending with "…" when cut.
    static QString truncatedForDisplay(const QString &text, int maxLength = kMaxDisplayLength);
};
