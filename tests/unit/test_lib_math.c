/*
 * test_lib_math.c — unit tests of package math (runtime/lib/math*.c):
 * results must equal Go 1.19's on amd64 bit for bit.
 *
 * The table below was printed by Go 1.19 (a generator that prints
 * math.Float64bits of each function at random and special arguments) and
 * sampled.  gc's Exp takes an FMA path on CPUs with AVX+FMA and a plain one
 * otherwise, and the two sometimes differ in the last bit; only arguments
 * where both paths give the same bits were sampled, so the test holds on
 * any x86-64 machine.  Hand-picked special cases follow: Go's NaN bits,
 * signed zeros, the Payne-Hanek reduction of huge arguments.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "go2c_rt.h"

/* ---- the functions under test (generated code declares them itself) ---- */
typedef struct { GoFloat64 r0; GoInt r1; } Tuple_GoFloat64_GoInt;
typedef struct { GoFloat64 r0; GoFloat64 r1; } Tuple_GoFloat64_GoFloat64;
#define DECL1(n) GoFloat64 math__##n(GoFloat64 x);
DECL1(Sin) DECL1(Cos) DECL1(Tan) DECL1(Exp) DECL1(Log) DECL1(Atan) DECL1(Asin) DECL1(Acos)
DECL1(Cbrt) DECL1(Sinh) DECL1(Cosh) DECL1(Tanh) DECL1(Exp2) DECL1(Log2) DECL1(Log10)
DECL1(Expm1) DECL1(Log1p) DECL1(Asinh) DECL1(Acosh) DECL1(Atanh) DECL1(Erf) DECL1(Erfc)
DECL1(Gamma)
GoFloat64 math__Pow(GoFloat64 x, GoFloat64 y);
GoFloat64 math__Atan2(GoFloat64 y, GoFloat64 x);
Tuple_GoFloat64_GoInt math__Lgamma(GoFloat64 x);
Tuple_GoFloat64_GoFloat64 math__Sincos(GoFloat64 x);
Tuple_GoFloat64_GoFloat64 math__Modf(GoFloat64 f);

static double from_bits(uint64_t b) {
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}
static uint64_t to_bits(double d) {
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* Calls function `name` on (x, y); y is used by the two-argument ones. */
static double call(const char *name, double x, double y) {
    static const struct {
        const char *name;
        GoFloat64 (*fn)(GoFloat64);
    } one[] = {{"Sin", math__Sin},     {"Cos", math__Cos},     {"Tan", math__Tan},
               {"Exp", math__Exp},     {"Log", math__Log},     {"Atan", math__Atan},
               {"Asin", math__Asin},   {"Acos", math__Acos},   {"Cbrt", math__Cbrt},
               {"Sinh", math__Sinh},   {"Cosh", math__Cosh},   {"Tanh", math__Tanh},
               {"Exp2", math__Exp2},   {"Log2", math__Log2},   {"Log10", math__Log10},
               {"Expm1", math__Expm1}, {"Log1p", math__Log1p}, {"Asinh", math__Asinh},
               {"Acosh", math__Acosh}, {"Atanh", math__Atanh}, {"Erf", math__Erf},
               {"Erfc", math__Erfc},   {"Gamma", math__Gamma}};
    for (size_t i = 0; i < sizeof one / sizeof one[0]; i++)
        if (strcmp(name, one[i].name) == 0)
            return one[i].fn(x);
    if (strcmp(name, "Pow") == 0)
        return math__Pow(x, y);
    if (strcmp(name, "Atan2") == 0)
        return math__Atan2(x, y);
    if (strcmp(name, "Lgamma") == 0)
        return math__Lgamma(x).r0;
    if (strcmp(name, "LgammaS") == 0)
        return (double)math__Lgamma(x).r1;
    if (strcmp(name, "SincosS") == 0)
        return math__Sincos(x).r0;
    if (strcmp(name, "SincosC") == 0)
        return math__Sincos(x).r1;
    ck_abort_msg("no function %s", name);
    return 0;
}

/* name, bits of x, bits of y (two-argument functions), bits of Go's result */
static const struct {
    const char *name;
    uint64_t x, y, want;
} cases[] = {
    {"Sin", 0x0u, 0x0u, 0x0u},
    {"Sin", 0x1u, 0x0u, 0x1u},
    {"Sin", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Sin", 0xc38bbe0c1b25e12du, 0x0u, 0xbfd75235bd094a7cu},
    {"Sin", 0xc015e9afbea9202eu, 0x0u, 0x3fe710e84b414c60u},
    {"Sin", 0x4345ae3e2544ee3bu, 0x0u, 0x3fec843bc4a76fd8u},
    {"Sin", 0x407fe4f1a2f14285u, 0x0u, 0x3fef5d027dc67a4bu},
    {"Sin", 0x4009ad0de3e8a138u, 0x0u, 0xbfb15ee69040a7dau},
    {"Sin", 0x4007955f924ecbb0u, 0x0u, 0x3fc8a225347fc808u},
    {"Sin", 0xe9162c20d1da7569u, 0x0u, 0xbfe1f4391893c418u},
    {"Sin", 0xc0236b4be45a1842u, 0x0u, 0x3fd1fb1c1a94ac83u},
    {"Sin", 0x436d17ee1bc150feu, 0x0u, 0x3fea9a767a59c1bbu},
    {"Sin", 0xcdb42867edb9e732u, 0x0u, 0xbfd834eb617b3789u},
    {"Sin", 0xc01772d2304811e3u, 0x0u, 0x3fda2888328492c5u},
    {"Cos", 0x0u, 0x0u, 0x3ff0000000000000u},
    {"Cos", 0x1u, 0x0u, 0x3ff0000000000000u},
    {"Cos", 0x8000000000000001u, 0x0u, 0x3ff0000000000000u},
    {"Cos", 0xbf547be94125fdc9u, 0x0u, 0x3feffffe5c67976eu},
    {"Cos", 0x405f70f390215e0au, 0x0u, 0x3fefd61ec1d996f9u},
    {"Cos", 0xc0068531e96d9f52u, 0x0u, 0xbfee4f133855be91u},
    {"Cos", 0xc020e43ce48ea256u, 0x0u, 0xbfe1d9ec80634030u},
    {"Cos", 0xc270582f48e85df7u, 0x0u, 0x3fdc6635d79fbbe6u},
    {"Cos", 0x3c3f8b60bd74b950u, 0x0u, 0x3ff0000000000000u},
    {"Cos", 0xc020187e4a550556u, 0x0u, 0xbfc8a89709d5a68du},
    {"Cos", 0x3d026be3ad157baau, 0x0u, 0x3ff0000000000000u},
    {"Cos", 0x4008d25a886e5f88u, 0x0u, 0xbfeff9cf0a6b1fedu},
    {"Cos", 0xc8a98e49dcc0e58cu, 0x0u, 0x3fef184a605a243fu},
    {"Cos", 0x409879e6ac6b55ecu, 0x0u, 0xbfd869252704dbfbu},
    {"Tan", 0x0u, 0x0u, 0x0u},
    {"Tan", 0x1u, 0x0u, 0x1u},
    {"Tan", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Tan", 0x3fe56983a57baa60u, 0x0u, 0x3fe94e8e4abd1681u},
    {"Tan", 0xa5611a064afb204u, 0x0u, 0xa5611a064afb204u},
    {"Tan", 0x4023749e94eb7bb8u, 0x0u, 0x3fd401f863ef72f0u},
    {"Tan", 0xc0525768a3af71aau, 0x0u, 0xc0001460329a919fu},
    {"Tan", 0x4324a722e3937decu, 0x0u, 0x401b95e8a8d83202u},
    {"Tan", 0x3fb01b225e3b8288u, 0x0u, 0x3fb02095396c0f98u},
    {"Tan", 0x3d6b8c15128c1871u, 0x0u, 0x3d6b8c15128c1871u},
    {"Tan", 0x3ff0b8589e145e70u, 0x0u, 0x3ffb92b73b9be4c9u},
    {"Tan", 0xe465f7422532aa8eu, 0x0u, 0x400d1129a9a0c852u},
    {"Tan", 0x56cec37b5dfa98au, 0x0u, 0x56cec37b5dfa98au},
    {"Tan", 0x3c385153d508fa28u, 0x0u, 0x3c385153d508fa28u},
    {"Exp", 0x0u, 0x0u, 0x3ff0000000000000u},
    {"Exp", 0x1u, 0x0u, 0x3ff0000000000000u},
    {"Exp", 0x8000000000000001u, 0x0u, 0x3ff0000000000000u},
    {"Exp", 0xc067246f44d31ce0u, 0x0u, 0x2f3de34718144ccfu},
    {"Exp", 0x401c3587346359e4u, 0x0u, 0x40920dee6d1e9690u},
    {"Exp", 0xc081b1c32968f6e1u, 0x0u, 0xce1595f815dbcd2u},
    {"Exp", 0x61cf81de40fd3df7u, 0x0u, 0x7ff0000000000000u},
    {"Exp", 0xc0843193a3e53c0fu, 0x0u, 0x5aa9fc77c575346u},
    {"Exp", 0xc0c7416af02136b5u, 0x0u, 0x0u},
    {"Exp", 0x3d76350e88d135c7u, 0x0u, 0x3ff0000000001635u},
    {"Exp", 0x40579a589d866bf0u, 0x0u, 0x487278b66b35d36du},
    {"Exp", 0x3ed52629dcfecbd6u, 0x0u, 0x3ff00005498b56e4u},
    {"Exp", 0xc070981337d00648u, 0x0u, 0x27ff1348a0588d49u},
    {"Exp", 0x35b63235aa9bbe75u, 0x0u, 0x3ff0000000000000u},
    {"Exp", 0x410f91b50e8a0ba0u, 0x0u, 0x7ff0000000000000u},
    {"Exp", 0xc37dcc598fc07a1cu, 0x0u, 0x0u},
    {"Log", 0x0u, 0x0u, 0xfff0000000000000u},
    {"Log", 0x1u, 0x0u, 0xc08628b76e3a7b61u},
    {"Log", 0x8000000000000001u, 0x0u, 0x7ff8000000000001u},
    {"Log", 0x3da48fbe10bb360bu, 0x0u, 0xc0396546faa01663u},
    {"Log", 0x405519f22f31dca9u, 0x0u, 0x4011be162c7307e9u},
    {"Log", 0xb91a74ee4eca6f80u, 0x0u, 0x7ff8000000000001u},
    {"Log", 0x1a0d1d5b40cb3275u, 0x0u, 0xc07a424457846d3cu},
    {"Log", 0x3d814bee0558a89du, 0x0u, 0xc03af46f00d65ce9u},
    {"Log", 0x3d58e53072cba6d2u, 0x0u, 0xc03cab8b2deeea48u},
    {"Log", 0x4042ef13a37044d3u, 0x0u, 0x400d12a37083bceeu},
    {"Log", 0x11376e5076fb9320u, 0x0u, 0xc08030bdb15eedc6u},
    {"Log", 0x4030726ae0e9b65du, 0x0u, 0x400666af9d2e2d32u},
    {"Log", 0x9881414c3923a623u, 0x0u, 0x7ff8000000000001u},
    {"Log", 0x404b3992b5c46c04u, 0x0u, 0x400ffa6d67eb05bau},
    {"Pow", 0x0u, 0xbe60e086fe03428au, 0x7ff0000000000000u},
    {"Pow", 0x1u, 0xbe8037776e32ff17u, 0x3ff00059d71f6775u},
    {"Pow", 0x8000000000000001u, 0xbe267584b2f9ecb3u, 0x7ff8000000000001u},
    {"Pow", 0x3fefffff8b49a944u, 0x41710b872777f451u, 0x3f9507eb92311364u},
    {"Pow", 0xc29d0686e924ee9eu, 0xc043fffdf74317c2u, 0x7ff8000000000001u},
    {"Pow", 0x4018484ac2c49648u, 0x4031000000000000u, 0x42b2c81d6315811bu},
    {"Pow", 0x3fefffff445e01d6u, 0xc16db25bd4b4703bu, 0x406cd9170b429d31u},
    {"Pow", 0x3fefffff6e3d8cf0u, 0xc181ab2238fc7e75u, 0x40d6d6f166cbe742u},
    {"Pow", 0x3ff00000846f718fu, 0xc179409ad88a421cu, 0x3ec1ca845ca7981eu},
    {"Pow", 0x3fefffff3e8c1642u, 0xc161073da74baf80u, 0x4038f3c44debd9eeu},
    {"Pow", 0xc000000000000000u, 0xc087500000000000u, 0x1150000000000000u},
    {"Pow", 0x464b00ef578ac451u, 0x3fe12f7239a51a50u, 0x43590cc2b6b90714u},
    {"Pow", 0x6b75535ff9cb2f3cu, 0xbff5fb7aff1f211eu, 0x4225c0dfb377fdbu},
    {"Pow", 0x3ff000001ce3ca5bu, 0xc172293ba761dc1cu, 0x3fc07c8892df3cdbu},
    {"Pow", 0x41c0000000000000u, 0x10000000000000u, 0x3ff0000000000000u},
    {"Pow", 0xd97c8be46c040b7bu, 0xbd91291c24dd88a8u, 0x7ff8000000000001u},
    {"Pow", 0xc0eade83eecb6606u, 0x40f753121c00fadau, 0x7ff8000000000001u},
    {"Pow", 0x3fefffffab90cbe5u, 0x41639243dd859f12u, 0x3fc97d4e52138d47u},
    {"Pow", 0x424d9d2e4d8aed88u, 0xbffa98178f4fbb00u, 0x3c0047087ea75480u},
    {"Pow", 0x595d148965e99750u, 0x3fbec64b3d6d7f60u, 0x42fe11943b270be2u},
    {"Pow", 0x401b78d6caa7e900u, 0xc053400000000000u, 0x328edff026bf1bd6u},
    {"Pow", 0x324c9725fa905b3du, 0xbde318a27b1f1f8cu, 0x3ff0000005a3da9du},
    {"Pow", 0x3facec80c71bee05u, 0x3f154b8a147a6733u, 0x3feffe167fbaab01u},
    {"Pow", 0x48edb03e67d9a699u, 0xbfa10d83a1ba7760u, 0x3fa2799c3ddd2faeu},
    {"Atan", 0x0u, 0x0u, 0x0u},
    {"Atan", 0x1u, 0x0u, 0x1u},
    {"Atan", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Atan", 0xbcf91138bb1db083u, 0x0u, 0xbcf91138bb1db083u},
    {"Atan", 0xb8258d6bb96e6b85u, 0x0u, 0xb8258d6bb96e6b85u},
    {"Atan", 0x97ddcbf7fa5bd5d6u, 0x0u, 0x97ddcbf7fa5bd5d6u},
    {"Atan", 0xbcff364dd4b28350u, 0x0u, 0xbcff364dd4b28350u},
    {"Atan", 0xc37f1c5b2beb78d1u, 0x0u, 0xbff921fb54442d18u},
    {"Atan", 0x3d901d9b14de4900u, 0x0u, 0x3d901d9b14de4900u},
    {"Atan", 0x466c20ffb22aff85u, 0x0u, 0x3ff921fb54442d18u},
    {"Atan2", 0x0u, 0xbfceabcbe3cc1580u, 0x400921fb54442d18u},
    {"Atan2", 0x1u, 0x91893c82ce668bd8u, 0x400921fb54442d18u},
    {"Atan2", 0x8000000000000001u, 0x3e45798ee2308c3bu, 0x8000000005f5e100u},
    {"Atan2", 0x400b55e4786675a0u, 0xc01bc43e9aa9929cu, 0x4005793046ffc60du},
    {"Atan2", 0xbfd9c05bbe323a40u, 0xc142d9023cf2ce75u, 0xc00921fb3e67daceu},
    {"Atan2", 0x74f1c02f0a40fb74u, 0x232f57ca8aa6ef74u, 0x3ff921fb54442d18u},
    {"Atan2", 0x42624ba5a0ad7af6u, 0xc00c878f61c07422u, 0x3ff921fb544490e5u},
    {"Atan2", 0xbce09a476c144cdfu, 0xc0f7ce7b66456256u, 0xc00921fb54442d18u},
    {"Atan2", 0xbfd1642edc3b8cb0u, 0x219b251149cfe792u, 0xbff921fb54442d18u},
    {"Atan2", 0xc01ce4df3cff08e0u, 0x40df907b7f985362u, 0xbf2d4af47fc368e4u},
    {"Atan2", 0x3a0441f4a2fcf123u, 0xe98e6fd0f29c4a96u, 0x400921fb54442d18u},
    {"Atan2", 0xbe6336d2d74d2984u, 0x82c80ecc75df7b42u, 0xbff921fb54442d18u},
    {"Asin", 0x0u, 0x0u, 0x0u},
    {"Asin", 0x1u, 0x0u, 0x1u},
    {"Asin", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Asin", 0xbfef622e100f2af5u, 0x0u, 0xbff5fcad0fbe7f77u},
    {"Asin", 0xbfbbfe13ad990c68u, 0x0u, 0xbfbc0c6f3611b13eu},
    {"Asin", 0xa3a266f508725d4fu, 0x0u, 0xa3a266f508725d4fu},
    {"Asin", 0x37829fb3b65c884u, 0x0u, 0x37829fb3b65c884u},
    {"Asin", 0xbcb5b21d10c85394u, 0x0u, 0xbcb5b21d10c85394u},
    {"Asin", 0xbe89ec22278ed956u, 0x0u, 0xbe89ec22278ed983u},
    {"Asin", 0xbdb6be27f5864e74u, 0x0u, 0xbdb6be27f5864e74u},
    {"Acos", 0x0u, 0x0u, 0x3ff921fb54442d18u},
    {"Acos", 0x1u, 0x0u, 0x3ff921fb54442d18u},
    {"Acos", 0x8000000000000001u, 0x0u, 0x3ff921fb54442d18u},
    {"Acos", 0xb9078803fa693113u, 0x0u, 0x3ff921fb54442d18u},
    {"Acos", 0x9c7ea509bb4b6ec0u, 0x0u, 0x3ff921fb54442d18u},
    {"Acos", 0xfcf90627f76a9ec2u, 0x0u, 0x7ff8000000000001u},
    {"Acos", 0xc3221c66973a0004u, 0x0u, 0x7ff8000000000001u},
    {"Acos", 0x3fd4149ae856cf48u, 0x0u, 0x3ff406c076e1c50bu},
    {"Acos", 0x3fd3ebd0bd3a468cu, 0x0u, 0x3ff4117ca793c11eu},
    {"Acos", 0x3f87b4f373b79318u, 0x0u, 0x3ff8f29127f6e51au},
    {"Cbrt", 0x0u, 0x0u, 0x0u},
    {"Cbrt", 0x1u, 0x0u, 0x2990000000000000u},
    {"Cbrt", 0x8000000000000001u, 0x0u, 0xa990000000000000u},
    {"Cbrt", 0x3bcb91e96773a56bu, 0x0u, 0x3e8e730bdf565190u},
    {"Cbrt", 0x405456e46264c12au, 0x0u, 0x4011551a5207cc25u},
    {"Cbrt", 0x404abddfbc5af934u, 0x0u, 0x400e2430b66bbf4fu},
    {"Cbrt", 0xbcf224ab6588de27u, 0x0u, 0xbef0af482c51acd4u},
    {"Cbrt", 0x886e39f16c40ffaau, 0x0u, 0xad6f65c30e1d1d94u},
    {"Cbrt", 0x3ea7255b2f9869c2u, 0x0u, 0x3f8218752525d8bfu},
    {"Cbrt", 0x404c5a08d01756cfu, 0x0u, 0x400ebc090e1d8725u},
    {"Sinh", 0x0u, 0x0u, 0x0u},
    {"Sinh", 0x1u, 0x0u, 0x1u},
    {"Sinh", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Sinh", 0xc00354fed9b12fc0u, 0x0u, 0xc0163c15c48aabd5u},
    {"Sinh", 0xc0ea9bcf243214dbu, 0x0u, 0xfff0000000000000u},
    {"Sinh", 0xc00a3e1758ab2798u, 0x0u, 0xc02a8bee80039c20u},
    {"Sinh", 0x283fc8459e65fb7au, 0x0u, 0x283fc8459e65fb7au},
    {"Sinh", 0xc1f5e3a4d88ea75fu, 0x0u, 0xfff0000000000000u},
    {"Sinh", 0xbe0d4fced610259eu, 0x0u, 0xbe0d4fced610259eu},
    {"Sinh", 0x402df8ee52de194cu, 0x0u, 0x4138994088c035deu},
    {"Cosh", 0x0u, 0x0u, 0x3ff0000000000000u},
    {"Cosh", 0x1u, 0x0u, 0x3ff0000000000000u},
    {"Cosh", 0x8000000000000001u, 0x0u, 0x3ff0000000000000u},
    {"Cosh", 0xeafe58f91b5f34cbu, 0x0u, 0x7ff0000000000000u},
    {"Cosh", 0xc033a0009f6cedf9u, 0x0u, 0x41a3e012e5dc4b90u},
    {"Cosh", 0x3f3f57b5592cd666u, 0x0u, 0x3ff000001eb2dfcdu},
    {"Cosh", 0xbd2d9373aec9afacu, 0x0u, 0x3ff0000000000000u},
    {"Cosh", 0x40391bf7cce38584u, 0x0u, 0x4222b34785676b96u},
    {"Cosh", 0xbe8ee19ff542e1f8u, 0x0u, 0x3ff0000000000077u},
    {"Cosh", 0xc23ec86bc84700e9u, 0x0u, 0x7ff0000000000000u},
    {"Tanh", 0x0u, 0x0u, 0x0u},
    {"Tanh", 0x1u, 0x0u, 0x1u},
    {"Tanh", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Tanh", 0x3ef27eccf30bb492u, 0x0u, 0x3ef27eccf30377a2u},
    {"Tanh", 0x795c4057fb32baf9u, 0x0u, 0x3ff0000000000000u},
    {"Tanh", 0x4032a5cd824fd26au, 0x0u, 0x3fefffffffffffffu},
    {"Tanh", 0xbf644e298c94d181u, 0x0u, 0xbf644e26d2ea6e1eu},
    {"Tanh", 0x3d00769a153f908bu, 0x0u, 0x3d00769a153f908bu},
    {"Tanh", 0xbfb9e16f9abfab73u, 0x0u, 0xbfb9caf4cd2ad960u},
    {"Tanh", 0x56d855b8fb6694cbu, 0x0u, 0x3ff0000000000000u},
    {"Exp2", 0x0u, 0x0u, 0x3ff0000000000000u},
    {"Exp2", 0x1u, 0x0u, 0x3ff0000000000000u},
    {"Exp2", 0x8000000000000001u, 0x0u, 0x3ff0000000000000u},
    {"Exp2", 0xbf62fb163232a005u, 0x0u, 0x3feff2daa4112d9eu},
    {"Exp2", 0x408157621af312bau, 0x0u, 0x629e55b6ed6bbc47u},
    {"Exp2", 0x41c1b1a1254c7ef1u, 0x0u, 0x7ff0000000000000u},
    {"Exp2", 0xbb17ac10eda9cf04u, 0x0u, 0x3ff0000000000000u},
    {"Exp2", 0xbee835a40db222cfu, 0x0u, 0x3fefffef3823d198u},
    {"Exp2", 0xc3329e450be2e6f1u, 0x0u, 0x0u},
    {"Exp2", 0xbf3f8a6485284ebfu, 0x0u, 0x3feffd44861be54bu},
    {"Log2", 0x0u, 0x0u, 0xfff0000000000000u},
    {"Log2", 0x1u, 0x0u, 0xc090c80000000000u},
    {"Log2", 0x8000000000000001u, 0x0u, 0x7ff8000000000001u},
    {"Log2", 0xbdf7b1613bde4665u, 0x0u, 0x7ff8000000000001u},
    {"Log2", 0x3d90243e9d501ba4u, 0x0u, 0xc042fe5f85573546u},
    {"Log2", 0x405841ad4f890ac3u, 0x0u, 0x401a66b5b395d8c6u},
    {"Log2", 0x405744eca240f692u, 0x0u, 0x401a295203ae8463u},
    {"Log2", 0x3e75ebcd4aed91abu, 0x0u, 0xc0378bb660ee73dbu},
    {"Log2", 0x4021ef6d8ea91aa2u, 0x0u, 0x4009515c7db0673au},
    {"Log2", 0x3df6a11e5cd4d7acu, 0x0u, 0xc03f7ff7d775f646u},
    {"Log10", 0x0u, 0x0u, 0xfff0000000000000u},
    {"Log10", 0x1u, 0x0u, 0xc0733f424bcb5221u},
    {"Log10", 0x8000000000000001u, 0x0u, 0x7ff8000000000001u},
    {"Log10", 0x3f01899aca1211a3u, 0x0u, 0xc011e7042773b858u},
    {"Log10", 0x4041250dc0807a31u, 0x0u, 0x3ff89004e7615118u},
    {"Log10", 0xfb56453db005ca4au, 0x0u, 0x7ff8000000000001u},
    {"Log10", 0x2abe81045a12d3dfu, 0x0u, 0xc059847a4256bf21u},
    {"Log10", 0x3d4bcbd1407e1636u, 0x0u, 0xc02968aa63a7e734u},
    {"Log10", 0x3da6402c9852e7a5u, 0x0u, 0xc025fd61c441e2ddu},
    {"Log10", 0x3f6e24447e9399cbu, 0x0u, 0xc0037949b6f52617u},
    {"Expm1", 0x0u, 0x0u, 0x0u},
    {"Expm1", 0x1u, 0x0u, 0x1u},
    {"Expm1", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Expm1", 0x4045ffffffffffffu, 0x0u, 0x43e64b41c6d37806u},
    {"Expm1", 0x407f8dcc266c8c3cu, 0x0u, 0x6d7491a6a36cb7feu},
    {"Expm1", 0x3fb97612e7118e4fu, 0x0u, 0x3fbac53abcfc6171u},
    {"Expm1", 0x3be4c15482b062bdu, 0x0u, 0x3be4c15482b062bdu},
    {"Expm1", 0x3e859bcea546c5d7u, 0x0u, 0x3e859bcec275b1a1u},
    {"Expm1", 0xb93ac420f80a8a4au, 0x0u, 0xb93ac420f80a8a4au},
    {"Expm1", 0x6af9d9a32946dd41u, 0x0u, 0x7ff0000000000000u},
    {"Expm1", 0x3d854c3148957f42u, 0x0u, 0x3d854c3148959b9bu},
    {"Expm1", 0x405a08c0c3bb69a8u, 0x0u, 0x4952dd49f1cac98du},
    {"Log1p", 0x0u, 0x0u, 0x0u},
    {"Log1p", 0x1u, 0x0u, 0x1u},
    {"Log1p", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Log1p", 0xc708c65df4007107u, 0x0u, 0x7ff8000000000001u},
    {"Log1p", 0x4017acde8bd9ea2au, 0x0u, 0x3ffef2aac845f8fdu},
    {"Log1p", 0x3c3cc383249d7f8cu, 0x0u, 0x3c3cc383249d7f8cu},
    {"Log1p", 0x53b833549b7395fau, 0x0u, 0x406b6e586cb9b9e6u},
    {"Log1p", 0x3d16ff32e62faf62u, 0x0u, 0x3d16ff32e62faf20u},
    {"Log1p", 0x3e2df77627ae1894u, 0x0u, 0x3e2df77626cd9895u},
    {"Log1p", 0x3d1aaa197359cb9du, 0x0u, 0x3d1aaa197359cb44u},
    {"Log1p", 0x3f7231b38b50316eu, 0x0u, 0x3f722763250d1ddfu},
    {"Log1p", 0x401c0fb2fc6ab1b2u, 0x0u, 0x4000a69e08301de6u},
    {"Erf", 0x0u, 0x0u, 0x0u},
    {"Erf", 0x1u, 0x0u, 0x1u},
    {"Erf", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Erf", 0xd9f18e37df2ab671u, 0x0u, 0xbff0000000000000u},
    {"Erf", 0x3d86ac295ebbd8dfu, 0x0u, 0x3d89954b875766dau},
    {"Erf", 0x3fc474d8df07e200u, 0x0u, 0x3fc6e3393ef645feu},
    {"Erf", 0xc02cc6787d3f179du, 0x0u, 0xbff0000000000000u},
    {"Erf", 0xc015958c80892e29u, 0x0u, 0xbfefffffffffff2eu},
    {"Erfc", 0x0u, 0x0u, 0x3ff0000000000000u},
    {"Erfc", 0x1u, 0x0u, 0x3ff0000000000000u},
    {"Erfc", 0x8000000000000001u, 0x0u, 0x3ff0000000000000u},
    {"Erfc", 0x3f5922eba0b3e498u, 0x0u, 0x3feff1d17cdee45au},
    {"Erfc", 0xbfec7f6c3be0a09bu, 0x0u, 0x3ffcac8cd527a442u},
    {"Erfc", 0x3e31ae57bfd49233u, 0x0u, 0x3feffffffd819236u},
    {"Erfc", 0xbfe49e2ca0757340u, 0x0u, 0x3ffa34728b360cf8u},
    {"Erfc", 0x4338b6c78e72c09eu, 0x0u, 0x0u},
    {"Gamma", 0x0u, 0x0u, 0x7ff0000000000000u},
    {"Gamma", 0x1u, 0x0u, 0x7ff0000000000000u},
    {"Gamma", 0x8000000000000001u, 0x0u, 0xfff0000000000000u},
    {"Gamma", 0xc068bfffffff7690u, 0x0u, 0x0u},
    {"Gamma", 0x4031b178d3b063e0u, 0x0u, 0x42e0d9ed01286ee9u},
    {"Gamma", 0xc063a5f9cb0a7adcu, 0x0u, 0x645560267d0e2d9u},
    {"Gamma", 0x7ff0000000000000u, 0x0u, 0x7ff0000000000000u},
    {"Gamma", 0xb2a7d8ead934d390u, 0x0u, 0xcd35784bbc5debf3u},
    {"Gamma", 0xbd56ff5d079df1f0u, 0x0u, 0xc2864366190fec08u},
    {"Gamma", 0x627531109ef472f1u, 0x0u, 0x7ff0000000000000u},
    {"Lgamma", 0x0u, 0x0u, 0x7ff0000000000000u},
    {"Lgamma", 0x1u, 0x0u, 0x408628b76e3a7b61u},
    {"Lgamma", 0x8000000000000001u, 0x0u, 0x408628b76e3a7b61u},
    {"Lgamma", 0xc04665e3bff558e8u, 0x0u, 0xc05fabefdfc9fe60u},
    {"Lgamma", 0xbfe7ed2c0c0dba25u, 0x0u, 0x3ff91b0b8cefa4e7u},
    {"Lgamma", 0xabb63e432c4484c6u, 0x0u, 0x406c0801f3ca6c36u},
    {"Lgamma", 0x403316173a08d404u, 0x0u, 0x404252df33f06b60u},
    {"Lgamma", 0xc03bac012bb5aec8u, 0x0u, 0xc0505fa203b48a4fu},
    {"Lgamma", 0x3d3443f201d064d3u, 0x0u, 0x403e431c341ae0ccu},
    {"Lgamma", 0x4a4d3334eb10ea73u, 0x0u, 0x4ab9ffe78f64763bu},
    {"LgammaS", 0x0u, 0x0u, 0x3ff0000000000000u},
    {"LgammaS", 0x1u, 0x0u, 0x3ff0000000000000u},
    {"LgammaS", 0x8000000000000001u, 0x0u, 0xbff0000000000000u},
    {"LgammaS", 0x3faee1d78a1ad497u, 0x0u, 0x3ff0000000000000u},
    {"Asinh", 0x0u, 0x0u, 0x0u},
    {"Asinh", 0x1u, 0x0u, 0x1u},
    {"Asinh", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Asinh", 0xc023b45ccd3f03cbu, 0x0u, 0xc007de088ebec762u},
    {"Asinh", 0xbef7aea69082b07cu, 0x0u, 0xbef7aea6907a0accu},
    {"Asinh", 0x3ccdbbc803970d28u, 0x0u, 0x3ccdbbc803970d28u},
    {"Asinh", 0x6af2ab7066d3d996u, 0x0u, 0x407ddbb9384cf730u},
    {"Asinh", 0x405a13315f870e58u, 0x0u, 0x40155c9c6c1f06e3u},
    {"Acosh", 0x0u, 0x0u, 0x7ff8000000000001u},
    {"Acosh", 0x1u, 0x0u, 0x7ff8000000000001u},
    {"Acosh", 0x8000000000000001u, 0x0u, 0x7ff8000000000001u},
    {"Acosh", 0xeda959fee25e2361u, 0x0u, 0x7ff8000000000001u},
    {"Acosh", 0x4022b128beb51d68u, 0x0u, 0x400766db208b4b78u},
    {"Acosh", 0x401ff9a76dc66a5eu, 0x0u, 0x4006249d604ab56eu},
    {"Acosh", 0x65936cfbe82acbebu, 0x0u, 0x407a229690a9918eu},
    {"Acosh", 0x1a8574b30d99685fu, 0x0u, 0x7ff8000000000001u},
    {"Atanh", 0x0u, 0x0u, 0x0u},
    {"Atanh", 0x1u, 0x0u, 0x1u},
    {"Atanh", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"Atanh", 0xbe7ed9a741a91516u, 0x0u, 0xbe7ed9a741a9153du},
    {"Atanh", 0xe9648513b323ffdau, 0x0u, 0x7ff8000000000001u},
    {"Atanh", 0x3d55174479e31679u, 0x0u, 0x3d55174479e31679u},
    {"Atanh", 0x3fe060eed5f1727au, 0x0u, 0x3fe21632d047b8e8u},
    {"Atanh", 0x3fe8b7da506656ccu, 0x0u, 0x3ff06bf4e386fb7eu},
    {"SincosS", 0x0u, 0x0u, 0x0u},
    {"SincosS", 0x1u, 0x0u, 0x1u},
    {"SincosS", 0x8000000000000001u, 0x0u, 0x8000000000000001u},
    {"SincosS", 0x3fcbdf2d0a703600u, 0x0u, 0x3fcba6ecaf0e80f1u},
    {"SincosS", 0x402e9e64d83c2588u, 0x0u, 0x3fd8d719563ed9ccu},
    {"SincosS", 0xc18e59c468835306u, 0x0u, 0xbfc45298f483b22eu},
    {"SincosC", 0x0u, 0x0u, 0x3ff0000000000000u},
    {"SincosC", 0x1u, 0x0u, 0x3ff0000000000000u},
    {"SincosC", 0x8000000000000001u, 0x0u, 0x3ff0000000000000u},
    {"SincosC", 0x41bf9af4d84c71d5u, 0x0u, 0xbfb8a0fe8390eb44u},
    {"SincosC", 0x3cfb0d150ff5990bu, 0x0u, 0x3ff0000000000000u},
    {"SincosC", 0x16753cb3883a64b2u, 0x0u, 0x3ff0000000000000u},
};

START_TEST(test_sampled) {
    int bad = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double got = call(cases[i].name, from_bits(cases[i].x), from_bits(cases[i].y));
        if (to_bits(got) != cases[i].want) {
            fprintf(stderr, "%s(%.17g, %.17g) = %.17g (%016llx), Go: %016llx\n", cases[i].name,
                    from_bits(cases[i].x), from_bits(cases[i].y), got,
                    (unsigned long long)to_bits(got), (unsigned long long)cases[i].want);
            bad++;
        }
    }
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* Go's values for particular arguments (printed by Go 1.19). */
START_TEST(test_specials) {
    const uint64_t go_nan = 0x7FF8000000000001u;
    ck_assert_uint_eq(to_bits(math__Sin(INFINITY)), go_nan);
    ck_assert_uint_eq(to_bits(math__Log(-1)), go_nan);
    ck_assert_uint_eq(to_bits(math__Asin(2)), go_nan);
    ck_assert_uint_eq(to_bits(math__Sinh(-0.0)), 0x8000000000000000u);
    ck_assert_uint_eq(to_bits(math__Tan(-0.0)), 0x8000000000000000u);
    ck_assert_uint_eq(to_bits(math__Modf(-INFINITY).r1), 0x7FF8000000000000u);
    ck_assert(math__Cbrt(27) == 3);
    ck_assert(math__Exp(-INFINITY) == 0 && math__Exp(710) == INFINITY);
    ck_assert(math__Log(0) == -INFINITY);
    ck_assert(math__Exp(0) == 1 && math__Log(1) == 0);
    ck_assert(math__Lgamma(-2).r0 == INFINITY);
}
END_TEST

int main(void) {
    Suite *s = suite_create("lib_math");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_sampled);
    tcase_add_test(tc, test_specials);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
