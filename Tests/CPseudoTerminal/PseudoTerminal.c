#define _GNU_SOURCE
#include "CPseudoTerminal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int mplan_spawn_in_pseudo_terminal(
  const char *path, char *const argv[], char *const envp[], unsigned short rows,
  unsigned short columns, int *master, pid_t *pid
) {
  int descriptor = posix_openpt(O_RDWR | O_NOCTTY);
  if (descriptor < 0) return errno;
  const char *name = NULL;
  if (grantpt(descriptor) != 0 || unlockpt(descriptor) != 0 || (name = ptsname(descriptor)) == NULL) {
    int error = errno;
    close(descriptor);
    return error;
  }
  fcntl(descriptor, F_SETFD, FD_CLOEXEC);
  struct winsize size = {.ws_row = rows, .ws_col = columns};
  ioctl(descriptor, TIOCSWINSZ, &size);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  // Opened after setsid, so the terminal becomes the child's controlling terminal.
  posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0);
  posix_spawn_file_actions_adddup2(&actions, 0, 1);
  posix_spawn_file_actions_adddup2(&actions, 0, 2);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // The test runs on a worker thread that blocks signals; the child must start as a shell
  // would start it, with nothing blocked and default handlers, or Ctrl-C never arrives.
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGQUIT);
  sigaddset(&defaults, SIGTSTP);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  int status = posix_spawn(pid, path, &actions, &attributes, argv, envp);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (status != 0) {
    close(descriptor);
    return status;
  }
  *master = descriptor;
  return 0;
}
