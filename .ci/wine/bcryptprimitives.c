/* A stand-in for Windows' bcryptprimitives.dll, for running livret.exe
 * under wine 8 in CI only (never shipped). Rust's standard library takes
 * its random numbers from ProcessPrng, which wine 8 does not have, so
 * every Rust program exits at once with status 53. This gives it
 * RtlGenRandom (advapi32's SystemFunction036), which wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG n = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
