#pragma once

#include "app/api/apirequest.h"
#include "app/net/apireply.h"
#include "app/net/callbudget.h"
#include "app/net/clientconfig.h"
#include "app/net/hssreply.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <type_traits>

class QNetworkAccessManager;

// The one way the app, the CLI and the tests talk to HSS: every request is validated, signed
// and sent here, on a single QNetworkAccessManager, asynchronously. What an operation sends
// and answers lives in its request type (app/api/), so adding one needs nothing here.
class HssClient : public QObject
{
    Q_OBJECT

public:
    template<class Request>
    using ReplyFor = std::conditional_t<std::is_void_v<typename Request::Response>, HssReply,
                                        ApiReply<typename Request::Response>>;

    explicit HssClient(QObject *parent = nullptr);

    // Also chooses the call budget: one per identity (endpoint, project and key), kept across
    // switches, so going back and forth between profiles never resets what was spent.
    void setConfig(const ClientConfig &config);
    const ClientConfig &config() const { return m_config; }
    // Changes the current identity's rate (the profile's call-rate setting, or --rate).
    void setCallRate(const CallRate &rate);
    // The budget of the current identity; valid until the next setConfig().
    CallBudget *callBudget() const { return m_budget.get(); }
    // For tests: the clock of every budget; the budgets so far are forgotten.
    void setBudgetClock(CallBudget::Clock clock);
    void setClock(HssReply::Clock clock);
    void setRandom(HssReply::Random random);

    template<class Request>
    ReplyFor<Request> *send(const Request &request)
    {
        const ApiRequest wire = request.toApiRequest();
        auto *reply = new ReplyFor<Request>(wire, m_config, m_nam, m_clock, m_random, m_budget, this);
        start(reply, request.validate() + validateForCall(wire));
        return reply;
    }
    // The CLI's `rest`: any call, answered as it came.
    HssReply *sendRaw(const ApiRequest &request);

    // The exact request a call would send now (for --dry-run).
    RequestSigner::Signed prepare(const ApiRequest &request) const;

    FieldErrors validateConfig() const;
    // A hand-made request (the CLI's rest): the method must be a token of capital letters and
    // headers carry no control characters, so nothing can add a header or a second request.
    static FieldErrors validateRawRequest(const ApiRequest &request);

signals:
    // A call waits for the budget before it is sent; for a status line or the CLI's stderr.
    void waitingForBudget(const QByteArray &operation, int delayMs);

private:
    FieldErrors validateForCall(const ApiRequest &request) const;
    void start(HssReply *reply, const FieldErrors &inputErrors);

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    HssReply::Clock m_clock;
    HssReply::Random m_random;
    CallBudget::Clock m_budgetClock;
    QHash<QString, std::shared_ptr<CallBudget>> m_budgets;
    std::shared_ptr<CallBudget> m_budget;
};
