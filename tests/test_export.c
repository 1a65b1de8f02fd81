/* test_export.c - the exporters' helpers: instants of ISO 8601 dates for
 * the ClaimReview's firstAppearance */
#include "emit_claimreview.h"
#include "harness.h"

struct instant_case {
	const char *in;
	int rc;
	long long want;
};

static const struct instant_case cases[] = {
    {"1970-01-01", 0, 0},
    {"2025-09-18", 0, 1758153600},
    {"2025-09-18T15:45:00Z", 0, 1758210300},
    {"2025-09-19T00:35:00+03:00", 0, 1758231300},
    {"2025-09-18T19:20:00+02:00", 0, 1758216000},
    {"2025-09-19T07:30:00-04:00", 0, 1758281400},
    {"2025-09-18T15:45Z", 0, 1758210300},
    {"2025-09-18T15:45:00.250Z", 0, 1758210300},
    {"2025-09-18T15:45:00+0200", 0, 1758203100},
    {"2024-02-29", 0, 1709164800},
    {"2025-09-18T15:45:00", 0, 1758210300},
    {"", -1, 0},
    {"2025-9-18", -1, 0},
    {"2025-13-01", -1, 0},
    {"yesterday", -1, 0},
    {"2025-09-18T1", -1, 0},
    {"2025-09-18T15:xx", -1, 0},
};

int main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		long long t = -1;
		int rc = emit_claimreview_instant(cases[i].in, &t);
		CHECK_INT(rc, cases[i].rc);
		if (rc == 0 && cases[i].rc == 0)
			CHECK_INT(t, cases[i].want);
	}
	long long t;
	CHECK_INT(emit_claimreview_instant(NULL, &t), -1);
	return harness_done("export");
}
