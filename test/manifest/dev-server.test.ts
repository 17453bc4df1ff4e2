import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const PORT = 3000 + 400 + (process.pid % 500);
const BASE = `https://localhost:${PORT}/`;

interface Reply {
  status: number;
  type: string;
  body: Buffer;
}

/** npm start's certificate is signed by the development CA office-addin-dev-certs made; this client trusts only it. */
function get(pathname: string): Promise<Reply> {
  const ca = fs.readFileSync(path.join(ROOT, '.certs', 'ca.crt'));
  return new Promise((resolve, reject) => {
    https
      .get(new URL(pathname, BASE), { ca }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(parts) }));
      })
      .on('error', reject);
  });
}

describe('npm start：本机 https 开发服务器', () => {
  let server: ChildProcess;
  let output = '';

  beforeAll(async () => {
    server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(PORT), ADDIN_URL: 'https://kaohe.example.org/' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Ctrl-C')) {
          clearInterval(timer);
          resolve();
        } else if (server.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`开发服务器退出了：\n${output}`));
        }
      }, 200);
    });
  }, 300000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGINT');
      await exited;
    }
  });

  it('用自己生成的证书在 PORT 指定的端口上提供任务窗格', async () => {
    const r = await get('/taskpane.html');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/html');
  });

  it('提供的 manifest.xml 指向本机这个端口，而不是环境里的发布网址', async () => {
    const xml = (await get('/manifest.xml')).body.toString('utf8');
    expect(xml).toContain(`DefaultValue="${BASE}taskpane.html"`);
    expect(xml).not.toContain('kaohe.example.org');
  });

  it('提供 functions.json、图标和示例工作簿', async () => {
    const meta = await get('/functions.json');
    const ids = (JSON.parse(meta.body.toString('utf8')) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(ids.sort()).toEqual(['BONUS', 'CAPDEDUCT', 'DEDUCT', 'RANKCN', 'TIER', 'TRIMMEAN', 'WEIGHTED']);
    expect((await get('/assets/icon-32.png')).type).toBe('image/png');
    const example = await get('/examples/lianDaiBaoChuang.xlsx');
    expect(example.status).toBe(200);
    expect(example.body.equals(fs.readFileSync(path.join(ROOT, 'examples', 'lianDaiBaoChuang.xlsx')))).toBe(true);
  });

  it('不提供 dist/ 以外的文件，缺少的文件回答 404', async () => {
    expect((await get('/../package.json')).status).not.toBe(200);
    expect((await get('/%2e%2e/package.json')).status).toBe(404);
    expect((await get('/nope.html')).status).toBe(404);
  });

  it('启动时用中文说明如何在网页版、Windows 和 Mac 上旁加载', () => {
    expect(output).toContain('Upload My Add-in');
    expect(output).toContain('Trusted Add-in Catalogs');
    expect(output).toContain('Library/Containers/com.microsoft.Excel/Data/Documents/wef');
  });

  it('按 Ctrl-C（SIGINT）后正常退出', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
