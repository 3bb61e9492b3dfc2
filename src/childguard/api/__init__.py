"""HTTP routers, one module per context. Each module exposes ``router``; the app finds them."""
