-- Sign-in and sign-up throttle counters (features/auth/throttle.ts): kept in
-- the database so a restart does not forget them and app servers share them.
CREATE TABLE "AuthThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "firstAt" DATETIME NOT NULL,
    "lastAt" DATETIME NOT NULL
);
