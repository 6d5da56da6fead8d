package main

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"newsgraph/graph/server"
)

func newServeCmd(sf *storeFlags) *cobra.Command {
	var addr string
	var writable bool
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve Cayley's HTTP API (v1, v2) and web UI (query editor, visualizer) over the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := sf.open(false)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return server.ListenAndServe(ctx, addr, st.QuadStore(), server.Options{Writable: writable}, func(a net.Addr) {
				fmt.Fprintf(cmd.OutOrStdout(), "serving %s on http://%s/ (API: /api/v2/query?lang=gizmo, /api/v1/query/gizmo)\n", sf.path, a)
			})
		},
	}
	cmd.Flags().StringVar(&addr, "addr", server.DefaultAddr, "address to listen on (loopback unless told otherwise)")
	cmd.Flags().BoolVar(&writable, "writable", false, "accept writes through the API")
	return cmd
}
