// The simulator's HTTP/2 front (inlet-platform-sim --http2): TLS on 127.0.0.1, HTTP/2 for clients that
// offer it (ALPN) and HTTP/1.1 for the others, each request passed on to the simulator's plain
// HTTP/1.1 port as it came, and its answer back. Qt's HTTP server speaks HTTP/1.1 only.
//   node http2-front.mjs LISTEN_PORT BACKEND_PORT CERTIFICATE_FILE KEY_FILE
// Prints "listening" once it accepts connections.
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';

const [listenPort, backendPort, certificateFile, keyFile] = process.argv.slice(-4);
// Headers that belong to one hop, which HTTP/2 forbids or the next hop sets itself.
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade',
    'http2-settings', 'te', 'host']);
const backend = new http.Agent({ keepAlive: true, maxSockets: 64 });

function passOn(headers) {
    return Object.fromEntries(
        Object.entries(headers).filter(([name]) => !name.startsWith(':') && !hopByHop.has(name)));
}

const server = http2.createSecureServer({
    cert: fs.readFileSync(certificateFile),
    key: fs.readFileSync(keyFile),
    allowHTTP1: true,
}, (request, response) => {
    const headers = passOn(request.headers);
    headers.host = request.headers[':authority'] ?? request.headers.host;
    const upstream = http.request({
        host: '127.0.0.1', port: Number(backendPort), method: request.method, path: request.url, headers,
        agent: backend,
    }, (answer) => {
        response.writeHead(answer.statusCode, passOn(answer.headers));
        answer.pipe(response);
    });
    // The simulator dropped the connection (a fault it was told to inject): the client sees it too.
    upstream.on('error', () => {
        if (request.stream)
            request.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR);
        else
            request.socket.destroy();
    });
    upstream.on('socket', (socket) => socket.setNoDelay(true));
    request.pipe(upstream);
});
// A frame's bytes leave when written: Nagle's wait for an acknowledgement would add a round trip
// whenever an answer goes out in more than one write.
server.on('connection', (socket) => socket.setNoDelay(true));
server.listen(Number(listenPort), '127.0.0.1', () => console.log('listening'));
