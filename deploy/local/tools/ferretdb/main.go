// Command ferretdb runs FerretDB v1 with its SQLite backend as the local MongoDB-wire server.
//
// It embeds the ferretdb package instead of building FerretDB's own command, because that
// command panics at start when built outside FerretDB's repository (it reads a version file
// that only their build tooling writes).
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27117", "TCP address to listen on")
	dataDir := flag.String("sqlite-dir", "", "directory holding one SQLite file per database")
	debug := flag.Bool("debug", false, "log every command at debug level")
	flag.Parse()

	if *dataDir == "" {
		log.Fatal("--sqlite-dir is required")
	}
	absolute, err := filepath.Abs(*dataDir)
	if err != nil {
		log.Fatalf("resolving %s: %v", *dataDir, err)
	}
	if err := os.MkdirAll(absolute, 0o755); err != nil {
		log.Fatalf("creating %s: %v", absolute, err)
	}

	level := slog.LevelWarn
	if *debug {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	server, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + absolute + "/",
	})
	if err != nil {
		log.Fatalf("starting FerretDB: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	logger.Warn("FerretDB listening", "address", *listen, "data", absolute)
	if err := server.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatalf("FerretDB stopped: %v", err)
	}
}
