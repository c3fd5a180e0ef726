// Command ferretdb is a small launcher for FerretDB v1 (MongoDB wire protocol)
// with the SQLite backend, intended for local development and CI.
//
// It embeds github.com/FerretDB/FerretDB/ferretdb instead of building
// github.com/FerretDB/FerretDB/cmd/ferretdb, because `go install .../cmd/ferretdb@v1.24.2`
// panics on the missing build/version/version.txt file (FerretDB issue #2982).
// The embeddable package does not need that file; it reports
// ferretdbVersion "unknown" in buildInfo, so this launcher logs the real module
// version from the Go build info instead.
//
// Build (from this directory; only the Go module proxy is needed):
//
//	CGO_ENABLED=0 go build -mod=readonly -trimpath -buildvcs=false -o /tmp/ferretbuild/ferretdb .
//
// SQLite comes from modernc.org/sqlite (pure Go), so no C toolchain is needed.
// Optional: add `-tags ferretdb_no_postgresql` to drop the unused PostgreSQL backend
// (~6 MB smaller binary).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

const ferretdbModule = "github.com/FerretDB/FerretDB"

func main() {
	os.Exit(run())
}

func run() int {
	listenAddr := flag.String("listen-addr", "127.0.0.1:27017", "TCP `host:port` to listen on (port 0 = pick a free port)")
	stateDir := flag.String("state-dir", "", "SQLite data `directory` (created if missing; required)")
	logLevel := flag.String("log-level", "info", "log `level`: debug, info, warn, error")
	logFile := flag.String("log-file", "", "append logs to this `file` instead of stderr")
	logFormat := flag.String("log-format", "text", "log `format`: text or json")
	showVersion := flag.Bool("version", false, "print the embedded FerretDB module version and exit")
	flag.Parse()

	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "unexpected arguments: %v\n", flag.Args())
		return 2
	}

	if *showVersion {
		fmt.Println("ferretdb", ferretdbVersion())
		return 0
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "invalid -log-level %q: %s\n", *logLevel, err)
		return 2
	}

	var out io.Writer = os.Stderr
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			fmt.Fprintf(os.Stderr, "cannot open -log-file: %s\n", err)
			return 1
		}
		defer f.Close()
		out = f
	}

	hopts := &slog.HandlerOptions{Level: level}
	var h slog.Handler
	switch *logFormat {
	case "text":
		h = slog.NewTextHandler(out, hopts)
	case "json":
		h = slog.NewJSONHandler(out, hopts)
	default:
		fmt.Fprintf(os.Stderr, "invalid -log-format %q (want text or json)\n", *logFormat)
		return 2
	}
	logger := slog.New(h)
	slog.SetDefault(logger)

	if *stateDir == "" {
		logger.Error("-state-dir is required")
		return 2
	}

	// FerretDB requires an existing directory and a "file:" URI whose path ends with "/".
	dir, err := filepath.Abs(*stateDir)
	if err != nil {
		logger.Error("invalid -state-dir", "error", err)
		return 1
	}
	if err = os.MkdirAll(dir, 0o755); err != nil {
		logger.Error("cannot create -state-dir", "error", err)
		return 1
	}
	sqliteURL := (&url.URL{Scheme: "file", Path: strings.TrimSuffix(filepath.ToSlash(dir), "/") + "/", OmitHost: true}).String()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	start := time.Now()

	f, err := ferretdb.New(&ferretdb.Config{
		Listener: ferretdb.ListenerConfig{
			TCP: *listenAddr,
		},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
	})
	if err != nil {
		logger.Error("failed to start FerretDB", "error", err)
		return 1
	}

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	// The TCP listener is already bound when ferretdb.New returns, so clients can connect now.
	logger.Info("FerretDB ready",
		"uri", f.MongoDBURI(),
		"ferretdb_version", ferretdbVersion(),
		"handler", "sqlite",
		"sqlite_url", sqliteURL,
		"startup", time.Since(start).Round(time.Millisecond).String(),
	)

	select {
	case err = <-done:
		// Run only returns after ctx is canceled; anything else is unexpected.
		if err == nil && ctx.Err() == nil {
			err = errors.New("FerretDB stopped unexpectedly")
		}
	case <-ctx.Done():
		stop() // a second SIGINT/SIGTERM now kills the process immediately
		logger.Info("shutting down")
		err = <-done
	}

	if err != nil {
		logger.Error("FerretDB exited with error", "error", err)
		return 1
	}
	logger.Info("FerretDB stopped")
	return 0
}

// ferretdbVersion returns the FerretDB module version compiled into this binary
// (the embedded package itself reports "unknown").
func ferretdbVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	for _, d := range bi.Deps {
		if d.Path == ferretdbModule {
			if d.Replace != nil {
				return d.Version + " => " + d.Replace.Path + " " + d.Replace.Version
			}
			return d.Version
		}
	}
	return "unknown"
}
