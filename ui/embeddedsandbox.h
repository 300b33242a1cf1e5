#pragma once

#include "app/net/clientconfig.h"
#include "sandbox/sandboxconfig.h"

#include <QObject>

class SandboxHost;

// The built-in sandbox on loopback, so the app opens on demo data when no profile is set up.
// The server runs in its own thread (SandboxHost): the UI thread never serves a request.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    bool start(const SandboxConfig &config, QString *errorMessage);
    bool isRunning() const;
    SandboxHost *host() const { return m_host; }
    // What it was started with (its address always loopback).
    const SandboxConfig &config() const { return m_config; }
    // Demo credentials for the running sandbox; they are public and no secret.
    ClientConfig clientConfig() const;

private:
    SandboxHost *m_host = nullptr;
    SandboxConfig m_config;
};
