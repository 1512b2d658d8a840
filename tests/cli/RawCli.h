// Runs exitdesk-cli with arguments as raw bytes (fork + execve), so a test can hand it what
// QProcess cannot: bytes that are not UTF-8. Tells a normal exit from a death by a signal.
#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace exitdesk::test {

struct RawResult
{
    bool started = false;
    bool signaled = false; // killed by a signal: a crash (or the time limit)
    int signal = 0;
    int exitCode = -1;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

// env: extra "NAME=value" entries on top of a minimal environment (PATH, HOME, LANG, the
// offscreen platform, no EXITDESK_USER/PASSWORD). cwd: the working directory.
inline RawResult runRawCli(const QList<QByteArray> &args, const QList<QByteArray> &env, const QString &cwd,
                           int timeoutMs = 60000)
{
    RawResult r;
    QTemporaryDir dir;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));
    const QByteArray program = QFile::encodeName(cliPath());
    const QByteArray workDir = QFile::encodeName(cwd);

    QList<QByteArray> envStrings{"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen",
                                 "EXITDESK_LANG=en", "HOME=" + workDir, "XDG_RUNTIME_DIR=" + workDir};
    envStrings += env;
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(program.constData()));
    for (const QByteArray &a : args)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const QByteArray &e : envStrings)
        envp.push_back(const_cast<char *>(e.constData()));
    envp.push_back(nullptr);

    const pid_t pid = fork();
    if (pid < 0)
        return r;
    if (pid == 0) {
        // Child: only async-signal-safe calls until execve.
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0 ||
            chdir(workDir.constData()) != 0)
            _exit(127);
        execve(program.constData(), argv.data(), envp.data());
        _exit(127);
    }
    r.started = true;
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (timer.elapsed() > timeoutMs) {
            r.timedOut = true;
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
        QThread::msleep(5);
    }
    if (WIFSIGNALED(status)) {
        r.signaled = true;
        r.signal = WTERMSIG(status);
    } else if (WIFEXITED(status)) {
        r.exitCode = WEXITSTATUS(status);
    }
    QFile o(QFile::decodeName(outPath));
    if (o.open(QIODevice::ReadOnly))
        r.out = o.readAll();
    QFile e(QFile::decodeName(errPath));
    if (e.open(QIODevice::ReadOnly))
        r.err = e.readAll();
    return r;
}

} // namespace exitdesk::test
