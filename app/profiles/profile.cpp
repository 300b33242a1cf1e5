#include "app/profiles/profile.h"

#include "app/profiles/regioncatalog.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>

namespace {

const QString AllGrantedEps = QStringLiteral("all_granted_eps");

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && ClientConfig::isValidEndpoint(url);
}

} // namespace

QUrl Profile::endpoint() const
{
    return usesCustomEndpoint() ? customEndpoint : RegionCatalog::endpointFor(regionId);
}

QString Profile::effectiveEnterpriseProjectId() const
{
    switch (enterpriseScope) {
    case EnterpriseScope::Default:
        return {};
    case EnterpriseScope::Specific:
        return enterpriseProjectId;
    case EnterpriseScope::All:
        return AllGrantedEps;
    }
    return {};
}

QList<ProfileSecrets::Kind> Profile::requiredSecrets() const
{
    QList<ProfileSecrets::Kind> kinds;
    switch (authMode) {
    case Credentials::Mode::AkSk:
        kinds.append(ProfileSecrets::Kind::SecretKey);
        break;
    case Credentials::Mode::TemporaryAkSk:
        kinds.append({ProfileSecrets::Kind::SecretKey, ProfileSecrets::Kind::SecurityToken});
        break;
    case Credentials::Mode::IamToken:
        kinds.append(ProfileSecrets::Kind::AuthToken);
        break;
    }
    if (proxyMode == ProxyMode::Manual && !proxyUser.isEmpty())
        kinds.append(ProfileSecrets::Kind::ProxyPassword);
    return kinds;
}

FieldErrors Profile::validate() const
{
    FieldErrors errors;
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), tr("is required")});
    else if (!isValidName(name))
        errors.append({QStringLiteral("name"),
                       tr("may use letters, digits, spaces, '.', '_' and '-' (at most %1 "
                          "characters, starting and ending with a letter or digit)")
                           .arg(MaxNameLength)});

    if (usesCustomEndpoint()) {
        if (customEndpoint.isEmpty())
            errors.append({QStringLiteral("endpoint"), tr("choose a region or enter an endpoint")});
        else if (!isHttpUrl(customEndpoint))
            errors.append({QStringLiteral("endpoint"),
                           tr("must be an https:// (or http://) address with a host name")});
    } else if (!RegionCatalog::isKnown(regionId)) {
        errors.append({QStringLiteral("region"), tr("is not a known HSS region")});
    }

    // Real HSS project ids are 32 lowercase hex digits. A custom endpoint (a private deployment,
    // the sandbox) may use other ids, but the id still becomes one URL path segment.
    if (projectId.isEmpty())
        errors.append({QStringLiteral("project_id"), tr("is required")});
    else if (!usesCustomEndpoint() && !isHssProjectId(projectId))
        errors.append({QStringLiteral("project_id"),
                       tr("must be 32 lowercase hexadecimal characters (see \"My Credentials\" "
                          "in the console)")});
    else if (usesCustomEndpoint() && !ClientConfig::isValidProjectId(projectId))
        errors.append({QStringLiteral("project_id"),
                       tr("must be at most %1 letters, digits, '.', '_' or '-', and not \".\" or \"..\"")
                           .arg(MaxCustomProjectIdLength)});

    static const QRegularExpression enterpriseId(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (enterpriseScope == EnterpriseScope::Specific
        && !enterpriseId.match(enterpriseProjectId).hasMatch())
        errors.append({QStringLiteral("enterprise_project_id"),
                       tr("must be an enterprise project id (letters, digits and '-')")});

    static const QRegularExpression accessKey(QStringLiteral("^[A-Za-z0-9]{1,128}$"));
    if (authMode != Credentials::Mode::IamToken) {
        if (accessKeyId.isEmpty())
            errors.append({QStringLiteral("access_key"), tr("is required")});
        else if (!accessKey.match(accessKeyId).hasMatch())
            errors.append({QStringLiteral("access_key"), tr("may only contain letters and digits")});
    }

    if (proxyMode == ProxyMode::Manual) {
        static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
        if (proxyHost.isEmpty())
            errors.append({QStringLiteral("proxy_host"), tr("is required")});
        else if (!host.match(proxyHost).hasMatch())
            errors.append({QStringLiteral("proxy_host"), tr("must be a host name or IP address")});
        if (proxyPort < 1 || proxyPort > 65535)
            errors.append({QStringLiteral("proxy_port"), tr("must be between 1 and 65535")});
    }

    if (!caCertificateFile.isEmpty() && !QFileInfo(caCertificateFile).isFile())
        errors.append({QStringLiteral("ca_certificate_file"), tr("does not exist")});

    if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > MaxTimeoutSeconds)
        errors.append({QStringLiteral("request_timeout"),
                       tr("must be between 1 and %n second(s)", nullptr, MaxTimeoutSeconds)});
    return errors;
}

bool Profile::toClientConfig(const ProfileSecrets &secrets, ClientConfig *config,
                             QString *error) const
{
    const FieldErrors errors = validate();
    if (!errors.isEmpty()) {
        QStringList parts;
        for (const FieldError &e : errors)
            parts.append(QStringLiteral("%1 %2").arg(e.field, e.message));
        *error = tr("Profile \"%1\" is invalid: %2").arg(name, parts.join(QStringLiteral("; ")));
        return false;
    }
    for (ProfileSecrets::Kind kind : requiredSecrets()) {
        if (secrets.value(kind).isEmpty()) {
            *error = tr("Profile \"%1\" has no %2 in the keychain; edit the profile and enter it.")
                         .arg(name, ProfileSecrets::keyName(kind));
            return false;
        }
    }

    ClientConfig result;
    if (!caCertificateFile.isEmpty()) {
        QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(caCertificateFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromPath(caCertificateFile, QSsl::Der,
                                                     QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty()) {
            *error = tr("The CA certificate file \"%1\" contains no PEM or DER certificate.")
                         .arg(caCertificateFile);
            return false;
        }
        result.extraCaCertificates = certificates;
    }

    result.endpoint = endpoint();
    result.regionId = regionId;
    result.projectId = projectId;
    result.enterpriseProjectId = effectiveEnterpriseProjectId();
    result.credentials.mode = authMode;
    if (authMode != Credentials::Mode::IamToken) {
        result.credentials.accessKey = accessKeyId;
        result.credentials.secretKey = secrets.value(ProfileSecrets::Kind::SecretKey);
    }
    if (authMode == Credentials::Mode::TemporaryAkSk)
        result.credentials.securityToken = secrets.value(ProfileSecrets::Kind::SecurityToken);
    if (authMode == Credentials::Mode::IamToken)
        result.credentials.authToken = secrets.value(ProfileSecrets::Kind::AuthToken);
    result.transferTimeoutMs = requestTimeoutSeconds * 1000;
    result.callRate = callRate;

    switch (proxyMode) {
    case ProxyMode::System:
        break;
    case ProxyMode::None:
        result.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        break;
    case ProxyMode::Manual:
        result.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, quint16(proxyPort),
                                     proxyUser, secrets.value(ProfileSecrets::Kind::ProxyPassword));
        break;
    }
    *config = result;
    return true;
}

bool Profile::isValidName(const QString &name)
{
    // Names end up in keychain keys ("<name>/secret_key") and settings groups, so '/' and '\'
    // are excluded to keep both unambiguous.
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9 ._-]*[A-Za-z0-9._-])?$"));
    return name.size() <= MaxNameLength && pattern.match(name).hasMatch();
}

bool Profile::isHssProjectId(const QString &projectId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(projectId).hasMatch();
}

QString Profile::enterpriseScopeName(EnterpriseScope scope)
{
    switch (scope) {
    case EnterpriseScope::Default:
        return QStringLiteral("default");
    case EnterpriseScope::Specific:
        return QStringLiteral("specific");
    case EnterpriseScope::All:
        return QStringLiteral("all");
    }
    return {};
}

bool Profile::enterpriseScopeFromName(const QString &name, EnterpriseScope *scope)
{
    for (EnterpriseScope s : {EnterpriseScope::Default, EnterpriseScope::Specific, EnterpriseScope::All}) {
        if (enterpriseScopeName(s) == name) {
            *scope = s;
            return true;
        }
    }
    return false;
}

QString Profile::proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

bool Profile::proxyModeFromName(const QString &name, ProxyMode *mode)
{
    for (ProxyMode m : {ProxyMode::System, ProxyMode::None, ProxyMode::Manual}) {
        if (proxyModeName(m) == name) {
            *mode = m;
            return true;
        }
    }
    return false;
}

bool Profile::operator==(const Profile &other) const
{
    return name == other.name && regionId == other.regionId
        && customEndpoint == other.customEndpoint && projectId == other.projectId
        && enterpriseScope == other.enterpriseScope
        && enterpriseProjectId == other.enterpriseProjectId && authMode == other.authMode
        && accessKeyId == other.accessKeyId && proxyMode == other.proxyMode
        && proxyHost == other.proxyHost && proxyPort == other.proxyPort
        && proxyUser == other.proxyUser && caCertificateFile == other.caCertificateFile
        && requestTimeoutSeconds == other.requestTimeoutSeconds && callRate == other.callRate;
}
