/* The limit of `export signin` (issue 19): libxlsxwriter called directly, in constant-memory mode, writing the
 * cells, row heights and merged ranges our sign-in sheet holds (dumped by Benchmarks/python/sheet_cells.py),
 * sheet by sheet in the same order. One format per style index of the dump (Times New Roman 11, thin borders,
 * wrapped), so C pays for formats as we do. The dump is read into memory first; only the writing is timed, from
 * workbook_new to workbook_close, and printed in seconds.
 * Usage: signin_c CELLS.tsv OUTPUT.xlsx */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

static void check(lxw_error error, const char *what) {
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "%s: %s\n", what, lxw_strerror(error));
        exit(1);
    }
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Unescapes \t \n \\ in place. */
static char *unescape(char *text) {
    char *read = text, *write = text;
    while (*read) {
        if (*read == '\\' && read[1]) {
            read++;
            *write++ = *read == 't' ? '\t' : *read == 'n' ? '\n' : *read;
            read++;
        } else {
            *write++ = *read++;
        }
    }
    *write = 0;
    return text;
}

typedef struct {
    char kind;
    int row, column, lastRow, lastColumn, style;
    double number;
    char *text;
} Line;

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s CELLS.tsv OUTPUT.xlsx\n", argv[0]);
        return 2;
    }
    FILE *input = fopen(argv[1], "r");
    if (!input) { perror(argv[1]); return 1; }
    size_t count = 0, capacity = 1 << 16;
    Line *lines = malloc(capacity * sizeof *lines);
    char *buffer = NULL;
    size_t size = 0;
    ssize_t length;
    int styles = 1;
    while ((length = getline(&buffer, &size, input)) > 0) {
        if (buffer[length - 1] == '\n') buffer[length - 1] = 0;
        if (count == capacity) lines = realloc(lines, (capacity *= 2) * sizeof *lines);
        Line *line = &lines[count++];
        memset(line, 0, sizeof *line);
        line->kind = buffer[0];
        char *fields[8] = {0};
        int n = 0;
        char *rest = buffer + 2;
        /* The text is the last field and may hold no raw tab (escaped), so split on every tab. */
        while (n < 8) {
            fields[n++] = rest;
            char *tab = strchr(rest, '\t');
            if (!tab) break;
            *tab = 0;
            rest = tab + 1;
        }
        switch (line->kind) {
        case 'S': line->text = strdup(unescape(fields[0])); break;
        case 'H': line->row = atoi(fields[0]); line->number = atof(fields[1]); break;
        case 'T': case 'N':
            line->row = atoi(fields[0]); line->column = atoi(fields[1]); line->style = atoi(fields[2]);
            if (line->kind == 'T') line->text = strdup(unescape(fields[3])); else line->number = atof(fields[3]);
            break;
        case 'M':
            line->row = atoi(fields[0]); line->column = atoi(fields[1]);
            line->lastRow = atoi(fields[2]); line->lastColumn = atoi(fields[3]); line->style = atoi(fields[4]);
            line->text = strdup(unescape(fields[5] ? fields[5] : ""));
            break;
        default: fprintf(stderr, "bad line %zu\n", count); return 1;
        }
        if (line->style + 1 > styles) styles = line->style + 1;
    }
    fclose(input);

    double start = now();
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (!workbook) return 1;
    lxw_format **formats = calloc(styles, sizeof *formats);
    for (int i = 0; i < styles; i++) {
        formats[i] = workbook_add_format(workbook);
        format_set_font_name(formats[i], "Times New Roman");
        format_set_font_size(formats[i], 11 + i % 3);
        format_set_border(formats[i], LXW_BORDER_THIN);
        format_set_text_wrap(formats[i]);
        if (i % 2) format_set_bold(formats[i]);
    }
    lxw_worksheet *sheet = NULL;
    for (size_t i = 0; i < count; i++) {
        Line *line = &lines[i];
        switch (line->kind) {
        case 'S': sheet = workbook_add_worksheet(workbook, line->text); if (!sheet) return 1; break;
        case 'H': check(worksheet_set_row(sheet, line->row, line->number, NULL), "row"); break;
        case 'T': check(worksheet_write_string(sheet, line->row, line->column, line->text, formats[line->style]), "text"); break;
        case 'N': check(worksheet_write_number(sheet, line->row, line->column, line->number, formats[line->style]), "number"); break;
        case 'M':
            check(worksheet_merge_range(sheet, line->row, line->column, line->lastRow, line->lastColumn, line->text,
                                        formats[line->style]), "merge");
            break;
        }
    }
    check(workbook_close(workbook), "workbook_close");
    printf("%.3f\n", now() - start);
    return 0;
}
