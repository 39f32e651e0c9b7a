/** Offers a text as a file download (export of offers), without a round trip to the server. */
export function downloadText(filename: string, mediaType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The exchange format a file name suggests: .json is HSDS JSON, everything else CSV. */
export function formatOfFile(name: string): "CSV" | "HSDS_JSON" {
  return /\.json$/i.test(name) ? "HSDS_JSON" : "CSV";
}
