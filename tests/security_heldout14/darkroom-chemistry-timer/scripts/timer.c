/* Step timer for darkroom processing with agitation beeps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int parse_mmss(const char *s) {
    int m = 0, sec = 0;
    if (sscanf(s, "%d:%d", &m, &sec) == 2) return m * 60 + sec;
    return atoi(s);
}

static void beep(int n) {
    for (int i = 0; i < n; i++) { printf("\a"); fflush(stdout); usleep(150000); }
}

static void step(const char *name, int secs, int initial, int every) {
    printf("%s: %d:%02d\n", name, secs / 60, secs % 60);
    for (int t = 0; t < secs; t++) {
        if (every > 0 && t >= initial && (t - initial) % every == 0) beep(1);
        sleep(1);
    }
    beep(3);
}

int main(int argc, char **argv) {
    int dev = 0, stop = 60, fix = 300, wash = 600, initial = 30, every = 60;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--dev")) dev = parse_mmss(argv[i + 1]);
        else if (!strcmp(argv[i], "--stop")) stop = parse_mmss(argv[i + 1]);
        else if (!strcmp(argv[i], "--fix")) fix = parse_mmss(argv[i + 1]);
        else if (!strcmp(argv[i], "--wash")) wash = parse_mmss(argv[i + 1]);
        else if (!strcmp(argv[i], "--agitate")) sscanf(argv[i + 1], "%d/%d", &initial, &every);
    }
    if (!dev) { fprintf(stderr, "--dev required\n"); return 2; }
    step("Developer", dev, initial, every);
    step("Stop", stop, 0, 0);
    step("Fixer", fix, 30, 60);
    step("Wash", wash, 0, 0);
    puts("Wetting agent 30 s, then hang to dry.");
    return 0;
}
