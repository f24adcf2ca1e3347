#ifndef MPLAN_CEDITLINE_SHIM_H
#define MPLAN_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
