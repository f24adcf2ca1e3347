#ifndef MPLAN_CEDITLINE_SHIM_H
#define MPLAN_CEDITLINE_SHIM_H
// Swift cannot call C variadic functions, so every el_set/el_get/history call mplan makes
// goes through one of these fixed-argument wrappers.
#include <stdio.h>
#include <histedit.h>

typedef char *(*mplan_prompt_function)(EditLine *);
typedef unsigned char (*mplan_editor_function)(EditLine *, int);

/// libedit on the process's own standard streams; Swift 6 rejects touching the C globals
/// `stdin`/`stdout`/`stderr` directly.
static inline EditLine *mplan_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

static inline int mplan_el_set_prompt(EditLine *el, mplan_prompt_function prompt) {
  return el_set(el, EL_PROMPT, prompt);
}

static inline int mplan_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

static inline int mplan_el_set_signal(EditLine *el, int handle) {
  return el_set(el, EL_SIGNAL, handle);
}

static inline int mplan_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *mplan_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline int mplan_el_set_history(EditLine *el, History *list) {
  return el_set(el, EL_HIST, history, list);
}

static inline int mplan_el_add_function(
  EditLine *el, const char *name, const char *help, mplan_editor_function function
) {
  return el_set(el, EL_ADDFN, name, help, function);
}

static inline int mplan_el_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/// One `setty` change, e.g. ("-d", "-isig"): the flag for edit mode and the mode to change.
static inline int mplan_el_setty(EditLine *el, const char *which, const char *mode) {
  return el_set(el, EL_SETTY, which, mode, (const char *)NULL);
}

static inline int mplan_history_set_size(History *list, int size) {
  HistEvent event;
  return history(list, &event, H_SETSIZE, size);
}

static inline int mplan_history_set_unique(History *list, int unique) {
  HistEvent event;
  return history(list, &event, H_SETUNIQUE, unique);
}

static inline int mplan_history_enter(History *list, const char *line) {
  HistEvent event;
  return history(list, &event, H_ENTER, line);
}

#endif
