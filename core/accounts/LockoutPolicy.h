// When repeated wrong passwords lock an account, and for how long.
#pragma once

namespace exitdesk {

struct LockoutPolicy
{
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockoutMinutes = 15;
};

} // namespace exitdesk
