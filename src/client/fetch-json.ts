/** A JSON file of the site, or a rejection that names the address and the status when it is not there. */
export function fetchJson<T>(url: string): Promise<T> {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json() as Promise<T>;
  });
}
