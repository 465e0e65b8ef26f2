/** How the bench authenticates to Tavla: headers for REST, query parameters for /sync. */
export interface TavlaSession {
  headers: Record<string, string>;
  params: Record<string, string>;
}

/**
 * Logs in with POST /api/auth/login (DESIGN.md, "Server contract") and returns the token as a
 * bearer header, the session cookie and the `token` parameter of /sync. A server without the
 * route (before authentication landed) answers 404: then the bench runs without credentials.
 */
export async function tavlaLogin(url: string, username: string, password: string): Promise<TavlaSession> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status === 404) return { headers: {}, params: {} };
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  return { headers: { authorization: `Bearer ${token}`, ...(cookie && { cookie }) }, params: { token } };
}
