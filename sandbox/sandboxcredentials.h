#pragma once

// The sandbox's demo identity. Public and fixed on purpose: the client tests, the CLI and the
// GUI's "use the local sandbox" profile all authenticate with these, and none of them is a
// real secret.
namespace SandboxCredentials {

inline constexpr char ProjectId[] = "0123456789abcdef0123456789abcdef";
inline constexpr char AccessKey[] = "HSSSANDBOXDEMOAK0001";
inline constexpr char SecretKey[] = "hss-sandbox-demo-secret-0001";
inline constexpr char TemporaryAccessKey[] = "HSSSANDBOXTEMPAK0001";
inline constexpr char TemporarySecretKey[] = "hss-sandbox-temp-secret-0001";
inline constexpr char SecurityToken[] = "hss-sandbox-security-token-0001";
inline constexpr char IamToken[] = "hss-sandbox-demo-iam-token";
// Sent as the `region` header, which ShowImageSecurityReportStatistic requires.
inline constexpr char RegionId[] = "cn-north-4";

} // namespace SandboxCredentials
