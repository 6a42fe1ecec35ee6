/** Dollars as the estimate shows them everywhere: `$1,234.50`. */
export const formatUsd = (value: number) => `$${value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A line's quantity: thousands separated, at most two decimals. */
export const formatQuantity = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 2 });
