// Placeholder header so the forms library has a translation unit until the forms land.
#pragma once
