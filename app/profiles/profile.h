#pragma once

#include "app/api/fielderror.h"
#include "app/net/clientconfig.h"
#include "app/net/credentials.h"
#include "app/profiles/profilesecrets.h"

#include <QCoreApplication>
#include <QString>

// One named connection: where to go, as which project, how to authenticate and through which
// proxy. Only what is not secret lives here; the secrets travel separately as ProfileSecrets,
// so a Profile can be written to settings files, shown and logged freely.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class EnterpriseScope {
        Default,  // no enterprise_project_id sent: the service's default project
        Specific, // one enterprise project id
        All,      // all_granted_eps: every enterprise project the account may see
    };

    enum class ProxyMode {
        System, // the operating system's proxy settings
        None,   // always direct
        Manual, // proxyHost:proxyPort, optionally with proxyUser (its password is a secret)
    };

    static constexpr int DefaultTimeoutSeconds = 60;
    static constexpr int MaxTimeoutSeconds = 3600;
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxCustomProjectIdLength = 256;

    QString name;
    QString regionId;     // one of RegionCatalog::regionIds(); empty when customEndpoint is used
    QUrl customEndpoint;  // only when regionId is empty (private deployments, the sandbox)
    QString projectId;
    EnterpriseScope enterpriseScope = EnterpriseScope::Default;
    QString enterpriseProjectId; // only for EnterpriseScope::Specific
    Credentials::Mode authMode = Credentials::Mode::AkSk;
    QString accessKeyId;  // an identifier, not a secret; unused for IAM tokens
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = 0;
    QString proxyUser;
    QString caCertificateFile; // PEM or DER, added to the system's trusted CAs
    int requestTimeoutSeconds = DefaultTimeoutSeconds;
    // How often each API operation may be called with this profile (the gateway's documented
    // limits unless the account has others).
    CallRate callRate = CallRate::documented();

    bool usesCustomEndpoint() const { return regionId.isEmpty(); }
    // The region's endpoint, or the custom one.
    QUrl endpoint() const;
    // What the request's enterprise_project_id will be; empty when not sent.
    QString effectiveEnterpriseProjectId() const;
    // The secrets this profile's authentication mode and proxy need.
    QList<ProfileSecrets::Kind> requiredSecrets() const;

    // Every problem at once, each named by field: name, region, endpoint, project_id,
    // enterprise_project_id, access_key, proxy_host, proxy_port, proxy_user,
    // ca_certificate_file, request_timeout.
    FieldErrors validate() const;

    // The configuration every request of this profile is sent with. Fails (and says why) when
    // the profile is invalid, a needed secret is missing, or the CA file cannot be used; TLS
    // verification itself is never turned off.
    bool toClientConfig(const ProfileSecrets &secrets, ClientConfig *config, QString *error) const;

    static bool isValidName(const QString &name);
    static bool isHssProjectId(const QString &projectId);
    static QString enterpriseScopeName(EnterpriseScope scope);
    static bool enterpriseScopeFromName(const QString &name, EnterpriseScope *scope);
    static QString proxyModeName(ProxyMode mode);
    static bool proxyModeFromName(const QString &name, ProxyMode *mode);

    bool operator==(const Profile &other) const;
    bool operator!=(const Profile &other) const { return !(*this == other); }
};
