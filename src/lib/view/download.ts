// Saves a Blob as a file through a temporary link (no server round trip: works offline).
export function download(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Late enough for the download to have started.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
