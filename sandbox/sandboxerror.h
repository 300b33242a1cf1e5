#pragma once

#include <QString>

// An error the way the gateway or HSS reports it: HTTP status plus the error_code/error_msg
// pair every SDK reads.
struct SandboxError
{
    int status = 0;
    QString code;
    QString message;

    bool isError() const { return status != 0; }
};
