/* Server benchmark load client (issue 17): CLIENTS threads, each with one keep-alive HTTP/1.1 connection to the
 * server on loopback, confirm the nominees listed in a file through the API
 * (POST /api/v1/sessions/CODE/nominees/NUMBER/confirm, Authorization: Bearer TOKEN). Bounded in count (the list)
 * and in time (SECONDS: a client stops starting requests after it). Prints one line of key=value figures:
 * requests, ok (2xx), other statuses, errors, seconds, confirms per second, p50/p99/max latency in ms.
 *
 * usage: confirm_load HOST PORT TOKEN LIST CLIENTS SECONDS
 *        LIST: one "SESSION NUMBER" per line.
 * cc -O2 -pthread -o confirm_load confirm_load.c
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct { char session[64]; long number; } Target;

static const char *host, *token;
static int port, clients;
static double limit_seconds, started;
static Target *targets;
static long target_count;
static double *latencies; /* one per target, -1 when not sent */
static int *statuses;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static int connect_server(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, host, &address.sin_addr) != 1) { close(fd); return -1; }
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) { close(fd); return -1; }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static int send_all(int fd, const char *data, size_t length) {
    while (length > 0) {
        ssize_t sent = send(fd, data, length, MSG_NOSIGNAL);
        if (sent <= 0) { if (errno == EINTR) continue; return -1; }
        data += sent;
        length -= (size_t)sent;
    }
    return 0;
}

/* Reads one response; returns its status, or -1 when the connection failed. */
static int read_response(int fd, char *buffer, size_t size) {
    size_t have = 0;
    char *end = NULL;
    while (!end) {
        if (have + 1 >= size) return -1;
        ssize_t got = recv(fd, buffer + have, size - 1 - have, 0);
        if (got <= 0) { if (got < 0 && errno == EINTR) continue; return -1; }
        have += (size_t)got;
        buffer[have] = 0;
        end = strstr(buffer, "\r\n\r\n");
    }
    int status = 0;
    if (sscanf(buffer, "HTTP/1.%*d %d", &status) != 1) return -1;
    long length = 0;
    for (char *line = strstr(buffer, "\r\n"); line && line < end; line = strstr(line + 2, "\r\n")) {
        if (strncasecmp(line + 2, "content-length:", 15) == 0) length = strtol(line + 17, NULL, 10);
    }
    size_t body = have - (size_t)(end + 4 - buffer);
    while ((long)body < length) {
        ssize_t got = recv(fd, buffer, size - 1, 0);
        if (got <= 0) { if (got < 0 && errno == EINTR) continue; return -1; }
        body += (size_t)got;
    }
    return status;
}

static void *client(void *argument) {
    long index = (long)argument;
    char request[1024], buffer[65536];
    int fd = connect_server();
    for (long i = index; i < target_count; i += clients) {
        if (now() - started > limit_seconds) break;
        int length = snprintf(request, sizeof request,
            "POST /api/v1/sessions/%s/nominees/%ld/confirm HTTP/1.1\r\nHost: %s:%d\r\n"
            "Authorization: Bearer %s\r\nContent-Length: 0\r\n\r\n",
            targets[i].session, targets[i].number, host, port, token);
        double begun = now();
        int status = -1;
        for (int attempt = 0; attempt < 2 && status < 0; attempt++) {
            if (fd < 0) fd = connect_server();
            if (fd >= 0 && send_all(fd, request, (size_t)length) == 0) status = read_response(fd, buffer, sizeof buffer);
            if (status < 0 && fd >= 0) { close(fd); fd = -1; }
        }
        latencies[i] = (now() - begun) * 1000.0;
        statuses[i] = status;
    }
    if (fd >= 0) close(fd);
    return NULL;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 7) {
        fprintf(stderr, "usage: %s HOST PORT TOKEN LIST CLIENTS SECONDS\n", argv[0]);
        return 2;
    }
    host = argv[1];
    port = atoi(argv[2]);
    token = argv[3];
    clients = atoi(argv[5]);
    limit_seconds = atof(argv[6]);
    FILE *list = fopen(argv[4], "r");
    if (!list || clients < 1) { perror(argv[4]); return 2; }
    long capacity = 1024;
    targets = malloc(sizeof(Target) * (size_t)capacity);
    char session[64];
    long number;
    while (fscanf(list, "%63s %ld", session, &number) == 2) {
        if (target_count == capacity) { capacity *= 2; targets = realloc(targets, sizeof(Target) * (size_t)capacity); }
        strcpy(targets[target_count].session, session);
        targets[target_count].number = number;
        target_count++;
    }
    fclose(list);
    latencies = malloc(sizeof(double) * (size_t)target_count);
    statuses = malloc(sizeof(int) * (size_t)target_count);
    for (long i = 0; i < target_count; i++) { latencies[i] = -1; statuses[i] = 0; }

    pthread_t *threads = malloc(sizeof(pthread_t) * (size_t)clients);
    started = now();
    for (long i = 0; i < clients; i++) pthread_create(&threads[i], NULL, client, (void *)i);
    for (long i = 0; i < clients; i++) pthread_join(threads[i], NULL);
    double elapsed = now() - started;

    long sent = 0, ok = 0, other = 0, errors = 0, server_errors = 0;
    double *done = malloc(sizeof(double) * (size_t)(target_count ? target_count : 1));
    for (long i = 0; i < target_count; i++) {
        if (latencies[i] < 0) continue;
        done[sent++] = latencies[i];
        if (statuses[i] < 0) errors++;
        else if (statuses[i] >= 200 && statuses[i] < 300) ok++;
        else { other++; if (statuses[i] >= 500) server_errors++; }
    }
    qsort(done, (size_t)sent, sizeof(double), by_value);
    double p50 = sent ? done[(sent - 1) / 2] : 0;
    double p99 = sent ? done[(long)((sent - 1) * 0.99)] : 0;
    double max = sent ? done[sent - 1] : 0;
    printf("requests=%ld ok=%ld other=%ld server_errors=%ld errors=%ld seconds=%.3f rate=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
           sent, ok, other, server_errors, errors, elapsed, elapsed > 0 ? ok / elapsed : 0, p50, p99, max);
    return errors > 0 || server_errors > 0 ? 1 : 0;
}
