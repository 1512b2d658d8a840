#include "FormsLibrary.h"
