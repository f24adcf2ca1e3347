#ifndef MPLAN_CEDITLINE_H
#define MPLAN_CEDITLINE_H
// libedit for the REPL, loaded with dlopen when the interactive prompt starts rather than
// linked: `run`, `check`, `export` and the rest then do not pay its dynamic relocations at
// every start (issue 26). histedit.h (Debian's libedit-dev) gives the types and constants only;
// every call goes through one of the wrappers below, which call through the table of function
// pointers `mplan_editline_load` fills. They also take the variadic el_set/el_get/history
// calls, which Swift cannot make, with fixed arguments.
#include <stdio.h>
#include <histedit.h>

typedef char *(*mplan_prompt_function)(EditLine *);
typedef unsigned char (*mplan_editor_function)(EditLine *, int);

/// Loads libedit once: NULL when every function was found, else why not (dlerror's words).
/// `path` names the library to load; NULL means the system's (libedit.so.2, then libedit.so).
const char *mplan_editline_load(const char *path);

/// libedit on the process's own standard streams; Swift 6 rejects touching the C globals
/// `stdin`/`stdout`/`stderr` directly.
EditLine *mplan_el_init(const char *program);
void mplan_el_end(EditLine *el);
const char *mplan_el_gets(EditLine *el, int *count);
const LineInfo *mplan_el_line(EditLine *el);
int mplan_el_insertstr(EditLine *el, const char *text);
int mplan_el_cursor(EditLine *el, int move);
int mplan_el_source(EditLine *el, const char *file);
int mplan_el_set_prompt(EditLine *el, mplan_prompt_function prompt);
int mplan_el_set_editor(EditLine *el, const char *mode);
int mplan_el_set_signal(EditLine *el, int handle);
int mplan_el_set_clientdata(EditLine *el, void *data);
void *mplan_el_get_clientdata(EditLine *el);
int mplan_el_set_history(EditLine *el, History *list);
int mplan_el_add_function(EditLine *el, const char *name, const char *help, mplan_editor_function function);
int mplan_el_bind(EditLine *el, const char *key, const char *command);
/// One `setty` change, e.g. ("-d", "-isig"): the flag for edit mode and the mode to change.
int mplan_el_setty(EditLine *el, const char *which, const char *mode);

History *mplan_history_init(void);
void mplan_history_end(History *list);
int mplan_history_set_size(History *list, int size);
int mplan_history_set_unique(History *list, int unique);
int mplan_history_enter(History *list, const char *line);

#endif
