#include "app/net/hssclient.h"

#include "app/base/logging.h"
#include "app/net/wirerequest.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>

HssClient::HssClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_budget(std::make_shared<CallBudget>())
{
    // The SDKs never cache or share cookies; neither do we.
    m_nam->setCookieJar(nullptr);
}

void HssClient::setConfig(const ClientConfig &config)
{
    m_config = config;
    m_config.endpoint = ClientConfig::normalizedEndpoint(config.endpoint);
    // A pooled connection keeps the TLS trust and proxy it was opened with; a new profile or
    // CA must not ride on it.
    m_nam->clearConnectionCache();
    // Unset means the application's proxy, which main() points at the system settings.
    m_nam->setProxy(m_config.proxy.value_or(QNetworkProxy(QNetworkProxy::DefaultProxy)));

    // The gateway counts per user and API; a user is who signs, at one endpoint.
    const Credentials &c = m_config.credentials;
    const QString who = c.mode == Credentials::Mode::IamToken
        ? QString::fromLatin1(QCryptographicHash::hash(c.authToken.toUtf8(), QCryptographicHash::Sha256).toHex())
        : c.accessKey;
    const QString identity = m_config.endpoint.toString() + QLatin1Char('\n') + m_config.projectId
        + QLatin1Char('\n') + who;
    std::shared_ptr<CallBudget> &budget = m_budgets[identity];
    if (!budget)
        budget = std::make_shared<CallBudget>(m_config.callRate, m_budgetClock);
    budget->setRate(m_config.callRate);
    m_budget = budget;
}

void HssClient::setCallRate(const CallRate &rate)
{
    m_config.callRate = rate;
    m_budget->setRate(rate);
}

void HssClient::setBudgetClock(CallBudget::Clock clock)
{
    m_budgetClock = std::move(clock);
    m_budgets.clear();
    m_budget = std::make_shared<CallBudget>(m_config.callRate, m_budgetClock);
}

void HssClient::setClock(HssReply::Clock clock)
{
    m_clock = std::move(clock);
}

void HssClient::setRandom(HssReply::Random random)
{
    m_random = std::move(random);
}

FieldErrors HssClient::validateConfig() const
{
    FieldErrors errors;
    const QUrl &endpoint = m_config.endpoint;
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http")))
        errors.append({QStringLiteral("endpoint"), tr("must be an http:// or https:// address")});
    else if (!ClientConfig::isValidEndpoint(endpoint))
        errors.append({QStringLiteral("endpoint"),
                       tr("must be a plain host name or address, without user name or \"..\"")});
    if (m_config.projectId.isEmpty())
        errors.append({QStringLiteral("project_id"), tr("is required")});
    else if (!ClientConfig::isValidProjectId(m_config.projectId))
        errors.append({QStringLiteral("project_id"),
                       tr("must be 1 to %1 letters, digits, '.', '_' or '-', and not \".\" or \"..\"")
                           .arg(ClientConfig::MaxProjectIdLength)});
    if (!m_config.regionId.isEmpty() && !ClientConfig::isValidRegionId(m_config.regionId))
        errors.append({QStringLiteral("region"),
                       tr("must be 1 to %1 letters, digits, '_' or '-'").arg(ClientConfig::MaxRegionIdLength)});
    if (!m_config.enterpriseProjectId.isEmpty()
        && !ClientConfig::isValidEnterpriseProjectId(m_config.enterpriseProjectId))
        errors.append({QStringLiteral("enterprise_project_id"),
                       tr("must be 1 to %1 letters, digits, '_' or '-'")
                           .arg(ClientConfig::MaxEnterpriseProjectIdLength)});
    if (!m_config.credentials.isComplete())
        errors.append({QStringLiteral("credentials"),
                       tr("are incomplete for the chosen authentication mode")});
    return errors;
}

FieldErrors HssClient::validateForCall(const ApiRequest &request) const
{
    FieldErrors errors;
    if (request.requiresRegion && m_config.regionId.isEmpty())
        errors.append({QStringLiteral("region"),
                       tr("is required by this call; the profile has a custom endpoint without a region")});
    if (!request.downloadPath.isEmpty()) {
        const QString problem = HssReply::targetProblem(request.downloadPath, request.overwriteDownload);
        if (!problem.isEmpty())
            errors.append({QStringLiteral("path"), problem});
    }
    return errors;
}

RequestSigner::Signed HssClient::prepare(const ApiRequest &request) const
{
    return WireRequest::sign(request, m_config, m_clock());
}

void HssClient::start(HssReply *reply, const FieldErrors &inputErrors)
{
    const FieldErrors errors = validateConfig() + inputErrors;
    if (!errors.isEmpty()) {
        qCInfo(lcNet).noquote() << reply->operation() << "refused before sending";
        reply->failBeforeSending(HssError::invalidInput(errors));
    } else {
        connect(reply, &HssReply::waitingForBudget, this,
                [this, reply](int delayMs) { emit waitingForBudget(reply->operation(), delayMs); });
        reply->start();
    }
}

FieldErrors HssClient::validateRawRequest(const ApiRequest &request)
{
    FieldErrors errors;
    static const QRegularExpression method(QStringLiteral("^[A-Z]{1,32}$"));
    if (!method.match(QString::fromLatin1(request.method)).hasMatch())
        errors.append({QStringLiteral("method"), tr("must be a word of capital letters, like GET or POST")});
    // RFC 9110 token characters for names; values may hold any visible text, spaces and tabs.
    static const QRegularExpression name(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const auto &header : request.extraHeaders) {
        const bool controlInValue = std::any_of(header.second.begin(), header.second.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return (u < 0x20 && u != '\t') || u == 0x7F;
        });
        if (!name.match(QString::fromLatin1(header.first)).hasMatch() || controlInValue) {
            errors.append({QStringLiteral("header"),
                           tr("%1 has a character a header cannot carry (a line break or another "
                              "control character, or a space or separator in the name)")
                               .arg(QString::fromLatin1(header.first.toPercentEncoding()))});
        }
    }
    return errors;
}

HssReply *HssClient::sendRaw(const ApiRequest &request)
{
    auto *reply = new HssReply(request, m_config, m_nam, m_clock, m_random, m_budget, this);
    start(reply, validateRawRequest(request));
    return reply;
}
