#include "TempLedger.h"
