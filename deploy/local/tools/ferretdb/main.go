// Command ferretdb runs FerretDB v1 as the local MongoDB-wire server, on PostgreSQL
// (--postgresql-url) or SQLite (--sqlite-dir).
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
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL connection URL; when set, used instead of SQLite")
	debug := flag.Bool("debug", false, "log every command at debug level")
	flag.Parse()

	config := &ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: *listen}}
	data := *postgresURL
	switch {
	case *postgresURL != "":
		config.Handler = "postgresql"
		config.PostgreSQLURL = *postgresURL
	case *dataDir != "":
		absolute, err := filepath.Abs(*dataDir)
		if err != nil {
			log.Fatalf("resolving %s: %v", *dataDir, err)
		}
		if err := os.MkdirAll(absolute, 0o755); err != nil {
			log.Fatalf("creating %s: %v", absolute, err)
		}
		config.Handler = "sqlite"
		config.SQLiteURL = "file:" + absolute + "/"
		data = absolute
	default:
		log.Fatal("--postgresql-url or --sqlite-dir is required")
	}

	level := slog.LevelWarn
	if *debug {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	config.Logger = logger
	server, err := ferretdb.New(config)
	if err != nil {
		log.Fatalf("starting FerretDB: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	logger.Warn("FerretDB listening", "address", *listen, "handler", config.Handler, "data", data)
	if err := server.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatalf("FerretDB stopped: %v", err)
	}
}
