#include "CEditLine.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>

// libedit's functions as found in the loaded library; the wrappers are only called after
// `mplan_editline_load` succeeded (LibEditLineEditor is made only then).
static struct {
  EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
  void (*el_end)(EditLine *);
  const char *(*el_gets)(EditLine *, int *);
  int (*el_set)(EditLine *, int, ...);
  int (*el_get)(EditLine *, int, ...);
  const LineInfo *(*el_line)(EditLine *);
  int (*el_insertstr)(EditLine *, const char *);
  int (*el_cursor)(EditLine *, int);
  int (*el_source)(EditLine *, const char *);
  History *(*history_init)(void);
  void (*history_end)(History *);
  int (*history)(History *, HistEvent *, int, ...);
} editline;

static int loaded;
// dlerror's words live in a buffer the next dl call may reuse: kept here for the caller.
static char reason[512];

// dlsym hands back `void *`; a function pointer of the right type is what C calls through.
#define MPLAN_FIND(library, name)                                   \
  do {                                                              \
    *(void **)(&editline.name) = dlsym(library, #name);             \
    if (editline.name == NULL) return "a libedit without " #name; \
  } while (0)

static const char *find_functions(void *library) {
  MPLAN_FIND(library, el_init);
  MPLAN_FIND(library, el_end);
  MPLAN_FIND(library, el_gets);
  MPLAN_FIND(library, el_set);
  MPLAN_FIND(library, el_get);
  MPLAN_FIND(library, el_line);
  MPLAN_FIND(library, el_insertstr);
  MPLAN_FIND(library, el_cursor);
  MPLAN_FIND(library, el_source);
  MPLAN_FIND(library, history_init);
  MPLAN_FIND(library, history_end);
  MPLAN_FIND(library, history);
  return NULL;
}

const char *mplan_editline_load(const char *path) {
  static const char *failure;
  if (loaded) return NULL;
  if (failure != NULL) return failure;
  void *library = NULL;
  if (path != NULL) {
    library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  } else {
    // The runtime package (libedit2) has only the versioned name; the -dev one adds the other.
    library = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) library = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) {
    const char *error = dlerror();
    snprintf(reason, sizeof reason, "%s", error != NULL ? error : "libedit.so.2 was not found");
    failure = reason;
    return failure;
  }
  failure = find_functions(library);
  if (failure != NULL) {
    dlclose(library);
    return failure;
  }
  loaded = 1;
  return NULL;
}

EditLine *mplan_el_init(const char *program) { return editline.el_init(program, stdin, stdout, stderr); }

void mplan_el_end(EditLine *el) { editline.el_end(el); }

const char *mplan_el_gets(EditLine *el, int *count) { return editline.el_gets(el, count); }

const LineInfo *mplan_el_line(EditLine *el) { return editline.el_line(el); }

int mplan_el_insertstr(EditLine *el, const char *text) { return editline.el_insertstr(el, text); }

int mplan_el_cursor(EditLine *el, int move) { return editline.el_cursor(el, move); }

int mplan_el_source(EditLine *el, const char *file) { return editline.el_source(el, file); }

int mplan_el_set_prompt(EditLine *el, mplan_prompt_function prompt) {
  return editline.el_set(el, EL_PROMPT, prompt);
}

int mplan_el_set_editor(EditLine *el, const char *mode) { return editline.el_set(el, EL_EDITOR, mode); }

int mplan_el_set_signal(EditLine *el, int handle) { return editline.el_set(el, EL_SIGNAL, handle); }

int mplan_el_set_clientdata(EditLine *el, void *data) { return editline.el_set(el, EL_CLIENTDATA, data); }

void *mplan_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  editline.el_get(el, EL_CLIENTDATA, &data);
  return data;
}

int mplan_el_set_history(EditLine *el, History *list) {
  return editline.el_set(el, EL_HIST, editline.history, list);
}

int mplan_el_add_function(EditLine *el, const char *name, const char *help, mplan_editor_function function) {
  return editline.el_set(el, EL_ADDFN, name, help, function);
}

int mplan_el_bind(EditLine *el, const char *key, const char *command) {
  return editline.el_set(el, EL_BIND, key, command, (const char *)NULL);
}

int mplan_el_setty(EditLine *el, const char *which, const char *mode) {
  return editline.el_set(el, EL_SETTY, which, mode, (const char *)NULL);
}

History *mplan_history_init(void) { return editline.history_init(); }

void mplan_history_end(History *list) { editline.history_end(list); }

int mplan_history_set_size(History *list, int size) {
  HistEvent event;
  return editline.history(list, &event, H_SETSIZE, size);
}

int mplan_history_set_unique(History *list, int unique) {
  HistEvent event;
  return editline.history(list, &event, H_SETUNIQUE, unique);
}

int mplan_history_enter(History *list, const char *line) {
  HistEvent event;
  return editline.history(list, &event, H_ENTER, line);
}
