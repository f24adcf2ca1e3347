#ifndef MPLAN_PSEUDO_TERMINAL_H
#define MPLAN_PSEUDO_TERMINAL_H
// A test helper: starts a program in a new pseudo-terminal, as a terminal emulator would.
// In C because glibc declares posix_openpt, ptsname and POSIX_SPAWN_SETSID only under
// feature-test macros that Swift's Glibc module does not set.
#include <sys/types.h>

/// Opens a pseudo-terminal of `rows` x `columns`, starts `path` with `argv` and `envp` as the
/// leader of a new session whose controlling terminal it is (standard input, output and error
/// all on it). Returns 0 and sets `*master` and `*pid`, or returns an errno value.
int mplan_spawn_in_pseudo_terminal(
  const char *path, char *const argv[], char *const envp[], unsigned short rows,
  unsigned short columns, int *master, pid_t *pid);

#endif
